import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type ContractPerson,
  FEASIBILITY_ASPECTS,
  FEASIBILITY_ROLES,
  type FeasibilityAspect,
  type ReportCommand,
  type ReportDeal,
  reportDecider,
  reportStreamId,
} from '@sales/contracts/domain';
import type { OrgTree } from '@sales/org/events';
import {
  type Actor,
  type BusinessDate,
  type Clock,
  DomainError,
  ForbiddenError,
  NotFoundError,
  type Role,
} from '@sales/shared/domain';
import { commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { ContractsOrgReader } from '../org/contracts-org.reader';
import { ContractIndex } from '../signing/contract-index';
import { SigningCatalogue } from '../signing/signing-catalogue';
import { SigningCustomers } from '../signing/signing-customers';
import { contractActor } from '../signing/signing-people';
import type { ApprovedReports } from '../signing/signing-ports';
import { type HeldReport, ReportIndex } from './report-index';

export type DealInput = Omit<ReportDeal, 'currency' | 'products'> &
  Readonly<{
    currency?: string;
    products: readonly Readonly<{ productLineId: string; amountMinor?: number | null }>[];
  }>;

export type ReportView = 'mine' | 'to-confirm' | 'to-approve' | 'all';

/** Who reads every report: the checkers, the VP, the general manager and IT admin. */
const READ_ALL: readonly Role[] = ['admin', 'general_manager', 'vp', 'sales_admin', 'engineer', 'installer'];

/**
 * 签约前报备 (K2): reports, their three feasibility checks and the division manager's decision;
 * and, for signing (K3), the approved report of a customer and salesperson no contract used yet.
 */
@Injectable()
export class ReportsService implements ApprovedReports {
  constructor(
    @InjectContext('contracts') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: ContractsOrgReader,
    private readonly customers: SigningCustomers,
    private readonly catalogue: SigningCatalogue,
    private readonly index: ReportIndex,
    private readonly contracts: ContractIndex,
  ) {}

  async submit(input: DealInput & { reportId?: string }, actor: Actor) {
    const deal = await this.deal(input);
    const reportId = input.reportId ?? `r-${randomUUID()}`;
    const outcome = await this.execute(reportId, actor, (by, today) => ({
      type: 'SubmitReport',
      data: { reportId, by, deal, today },
    }));
    return { ...outcome, reportId };
  }

  async revise(reportId: string, input: DealInput, actor: Actor) {
    const deal = await this.deal(input);
    return this.execute(reportId, actor, (by, today) => ({
      type: 'ReviseReport',
      data: { by, deal, today },
    }));
  }

  decideFeasibility(
    reportId: string,
    aspect: FeasibilityAspect,
    input: Readonly<{ outcome: 'confirmed' | 'refused'; note: string }>,
    actor: Actor,
  ) {
    return this.execute(reportId, actor, (by, today) => ({
      type: 'DecideFeasibility',
      data: { aspect, ...input, by, today },
    }));
  }

  async decide(
    reportId: string,
    input: Readonly<{ decision: 'approve' | 'reject'; reason?: string }>,
    actor: Actor,
  ) {
    const tree = await this.org.treeToday();
    const report = await this.existing(reportId);
    return this.execute(reportId, actor, (by, today) => ({
      type: 'DecideReport',
      data: {
        decision: input.decision,
        reason: input.reason ?? '',
        by,
        approverId: approverOf(tree, report),
        today,
      },
    }));
  }

  async view(reportId: string, actor: Actor) {
    const tree = await this.org.treeToday();
    const report = await this.existing(reportId);
    const reader = contractActor(tree, actor);
    if (!readable(reader, report))
      throw new ForbiddenError('report-not-yours', { reportId, salespersonId: report.salespersonId });
    return present(report, tree);
  }

  async list(actor: Actor, view: ReportView = 'mine') {
    const tree = await this.org.treeToday();
    const reader = contractActor(tree, actor);
    if (
      !reader.role ||
      (!READ_ALL.includes(reader.role) && !['salesperson', 'division_manager'].includes(reader.role))
    )
      throw new ForbiddenError('report-list-not-allowed', { role: reader.role });
    await this.index.fresh();
    const reports = this.index.all().filter((report) => {
      switch (view) {
        case 'mine':
          return report.salespersonId === reader.personId;
        case 'to-confirm':
          return (
            report.status === 'submitted' &&
            FEASIBILITY_ASPECTS.some(
              (a) => FEASIBILITY_ROLES[a] === reader.role && report.feasibility[a] === null,
            )
          );
        case 'to-approve':
          return report.status === 'submitted' && approverOf(tree, report) === reader.personId;
        case 'all':
          return readable(reader, report);
      }
    });
    return reports.map((report) => present(report, tree));
  }

  /** The port signing asks (APPROVED_REPORTS): the newest approved report no contract used yet. */
  async approvedReportFor(customerId: string, salespersonId: string) {
    const find = () => {
      const used = new Set(this.contracts.signed().map((c) => c.terms.reportId));
      return this.index
        .all()
        .filter(
          (r) =>
            r.status === 'approved' &&
            r.salespersonId === salespersonId &&
            r.deal?.customerId === customerId &&
            !used.has(r.reportId),
        )
        .sort((a, b) => (b.decidedOn ?? '').localeCompare(a.decidedOn ?? ''))[0];
    };
    let report = find();
    if (!report) {
      await this.index.rebuild();
      report = find();
    }
    return report ? { reportId: report.reportId, approvedOn: report.decidedOn as BusinessDate } : undefined;
  }

  private async deal(input: DealInput): Promise<ReportDeal> {
    if (!(await this.customers.exists(input.customerId)))
      throw new NotFoundError('report-customer-unknown', { customerId: input.customerId });
    const lines = new Set((await this.catalogue.productLines()).map((l) => l.id));
    input.products.forEach((p, i) => {
      if (!lines.has(p.productLineId))
        throw new DomainError('unknown-product-line', {
          field: `products[${i}].productLineId`,
          productLineId: p.productLineId,
        });
    });
    return {
      customerId: input.customerId,
      currency: input.currency ?? 'CNY',
      expectedAmountMinor: input.expectedAmountMinor,
      products: input.products.map((p) => ({
        productLineId: p.productLineId,
        amountMinor: p.amountMinor ?? null,
      })),
      expectedSigningOn: input.expectedSigningOn,
      expectedDeliveryOn: input.expectedDeliveryOn,
      technicalRequirements: input.technicalRequirements.trim(),
      installationConditions: input.installationConditions.trim(),
    };
  }

  private async existing(reportId: string): Promise<HeldReport> {
    const { events } = await this.runtime.store.readStream(reportStreamId(reportId));
    const state = events.reduce(
      (s, e) => reportDecider.evolve(s, { type: e.type, data: e.data } as never),
      reportDecider.initialState(),
    );
    if (!state.reportId) throw new NotFoundError('unknown-report', { reportId });
    return state as HeldReport;
  }

  private async execute(
    reportId: string,
    actor: Actor,
    command: (by: ContractPerson, today: BusinessDate) => ReportCommand,
  ) {
    const tree = await this.org.treeToday();
    const result = await this.runtime.commands.execute(
      reportDecider,
      reportStreamId(reportId),
      command(contractActor(tree, actor), this.clock.today()),
      actor,
    );
    this.index.record(result.events);
    return { ...commandOutcome(result), report: present({ ...(result.state as HeldReport) }, tree) };
  }
}

/**
 * Who decides a report: the manager of its division as of today; in a division without one, the
 * person above the salesperson; null at the top of the tree (nobody above: the salesperson's own
 * approval, recorded as such).
 */
function approverOf(tree: OrgTree, report: HeldReport): string | null {
  const manager = tree.divisions.find((d) => d.id === report.divisionId)?.managerId ?? null;
  if (manager && manager !== report.salespersonId) return manager;
  return tree.people.find((p) => p.id === report.salespersonId)?.managerId ?? null;
}

function readable(reader: ContractPerson, report: HeldReport): boolean {
  if (reader.role && READ_ALL.includes(reader.role)) return true;
  if (report.salespersonId === reader.personId) return true;
  return report.divisionId !== null && reader.managedDivisionIds.includes(report.divisionId);
}

const nameOf = (tree: OrgTree, id: string | null) =>
  id ? (tree.people.find((p) => p.id === id)?.name ?? id) : null;

/** A report as people read it: names beside ids, what each check says, who decides it. */
function present(report: HeldReport, tree: OrgTree) {
  const approverId = approverOf(tree, report);
  return {
    reportId: report.reportId,
    salespersonId: report.salespersonId,
    salespersonName: nameOf(tree, report.salespersonId),
    divisionId: report.divisionId,
    revision: report.revision,
    status: report.status,
    deal: report.deal,
    feasibility: FEASIBILITY_ASPECTS.map((aspect) => {
      const decided = report.feasibility[aspect];
      return {
        aspect,
        role: FEASIBILITY_ROLES[aspect],
        outcome: decided?.outcome ?? 'pending',
        by: decided?.by ?? null,
        byName: nameOf(tree, decided?.by ?? null),
        note: decided?.note ?? null,
        on: decided?.on ?? null,
      };
    }),
    approverId,
    approverName: nameOf(tree, approverId),
    decidedBy: report.decidedBy,
    decidedOn: report.decidedOn,
  };
}
