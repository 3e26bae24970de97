import { Inject, Injectable } from '@nestjs/common';
import {
  type ContractView,
  type InstallationCommand,
  inInstallationScope,
  installationDecider,
  installationScopeOf,
  installationStreamId,
  overdueMilestones,
} from '@sales/contracts/domain';
import type { InstallationMilestone, ScreenRequirement } from '@sales/contracts/events';
import { type Actor, type BusinessDate, type Clock, ForbiddenError } from '@sales/shared/domain';
import { commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { ActiveDirectives } from '../directives/active-directives';
import { actingPerson } from '../directives/acting-person';
import { ContractsOrgReader } from '../org/contracts-org.reader';
import { InstallationBook } from './installation-book';
import { installationView } from './installation-view';

export type SurveyInput = Readonly<{
  surveyedOn: BusinessDate;
  siteConditions: string;
  screens: readonly ScreenRequirement[];
  notes?: string;
}>;

export type InstallationFilter = Readonly<{ installerId?: string; divisionId?: string; ownerId?: string }>;

/**
 * 现场与安装 (K4): the installation aggregate (`installation-<contractId>` streams), decided
 * against the contract as `contractView` reads it now and, for milestones, the stop directives
 * (K6) in force, which this service reads and passes into the command.
 */
@Injectable()
export class InstallationService {
  constructor(
    @InjectContext('contracts') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: ContractsOrgReader,
    private readonly book: InstallationBook,
    private readonly directives: ActiveDirectives,
  ) {}

  /** The installers as the org tree has them today (role null when unknown or gone). */
  async assignInstallers(contractId: string, installerIds: readonly string[], actor: Actor) {
    return this.execute(contractId, actor, async (contract) => {
      const tree = await this.org.treeToday();
      const installers = installerIds.map((personId) => {
        const person = tree.people.find((p) => p.id === personId);
        return { personId, role: person && person.status !== 'left' ? person.role : null };
      });
      return {
        type: 'AssignInstallers',
        data: { ...(await this.circumstances(contract, actor)), installers },
      };
    });
  }

  recordSurvey(contractId: string, input: SurveyInput, actor: Actor) {
    return this.execute(contractId, actor, async (contract) => ({
      type: 'RecordSiteSurvey',
      data: { ...(await this.circumstances(contract, actor)), ...input, notes: input.notes ?? '' },
    }));
  }

  plan(contractId: string, milestone: InstallationMilestone, plannedOn: BusinessDate, actor: Actor) {
    return this.execute(contractId, actor, async (contract) => ({
      type: 'PlanMilestone',
      data: { ...(await this.circumstances(contract, actor)), milestone, plannedOn },
    }));
  }

  delay(
    contractId: string,
    milestone: InstallationMilestone,
    newDate: BusinessDate,
    reason: string,
    actor: Actor,
  ) {
    return this.execute(contractId, actor, async (contract) => ({
      type: 'DelayMilestone',
      data: { ...(await this.circumstances(contract, actor)), milestone, newDate, reason },
    }));
  }

  /**
   * 安装开始 / 安装完成 / 调试 / 验收. The directives in force are read from their own stream just
   * before deciding. The race that remains: a directive committed between that read and this
   * milestone's append is not seen, so the milestone is recorded although a directive's commit
   * came a few milliseconds earlier. It is accepted rather than closed with a cross-stream lock
   * (the store has no multi-stream transactions, ARCHITECTURE §2) because a milestone reports
   * site work that already happened on its date — a directive stops work from when it is issued,
   * it does not undo what was done — both facts keep their recorded times (the directive's
   * `issuedAt`, the milestone's commit time) so the overlap stays visible, and every later
   * milestone is refused until the directive is lifted.
   */
  recordMilestone(
    contractId: string,
    milestone: InstallationMilestone,
    input: Readonly<{ on?: BusinessDate; acceptedBy?: string }>,
    actor: Actor,
  ) {
    return this.execute(contractId, actor, async (contract) => ({
      type: 'RecordMilestone',
      data: {
        ...(await this.circumstances(contract, actor)),
        milestone,
        on: input.on ?? this.clock.today(),
        acceptedBy: input.acceptedBy,
        activeDirectives: await this.directives.activeDirectives(contractId),
      },
    }));
  }

  async view(contractId: string, actor: Actor) {
    const contract = await this.book.contract(contractId);
    const installation = await this.book.installation(contractId);
    const scope = await this.scope(actor);
    if (!inInstallationScope(scope, { ...contract, installerIds: installation.installerIds }))
      throw new ForbiddenError('installation-outside-scope', { contractId });
    const directives = await this.directives.activeDirectives(contractId);
    return { ...installationView(contract, installation, this.clock.today()), activeDirectives: directives };
  }

  /** Installations within the reader's scope, narrowed by installer, division or owner. */
  async list(filter: InstallationFilter, actor: Actor) {
    const scope = await this.scope(actor);
    const today = this.clock.today();
    const items = (await this.book.all())
      .filter(({ contract, installation }) =>
        inInstallationScope(scope, { ...contract, installerIds: installation.installerIds }),
      )
      .filter(({ contract, installation }) => {
        if (filter.installerId && !installation.installerIds.includes(filter.installerId)) return false;
        if (filter.divisionId && contract.divisionId !== filter.divisionId) return false;
        return !(filter.ownerId && contract.ownerId !== filter.ownerId);
      })
      .map(({ contract, installation }) => installationView(contract, installation, today))
      .sort((a, b) => a.contractId.localeCompare(b.contractId));
    return { today, count: items.length, items };
  }

  /** Milestones whose planned date has passed and that are not reached, within the reader's scope. */
  async overdue(asOf: BusinessDate | undefined, actor: Actor) {
    const scope = await this.scope(actor);
    const date = asOf ?? this.clock.today();
    const items = (await this.book.all())
      .filter(({ contract }) => contract.status === 'open')
      .filter(({ contract, installation }) =>
        inInstallationScope(scope, { ...contract, installerIds: installation.installerIds }),
      )
      .flatMap(({ contract, installation }) =>
        overdueMilestones(installation, date).map((m) => ({
          contractId: contract.terms.contractId,
          ownerId: contract.ownerId,
          divisionId: contract.divisionId,
          installerIds: installation.installerIds,
          ...m,
          daysOverdue: daysBetween(m.plannedOn, date),
        })),
      )
      .sort((a, b) => a.plannedOn.localeCompare(b.plannedOn) || a.contractId.localeCompare(b.contractId));
    return { asOf: date, count: items.length, items };
  }

  private async scope(actor: Actor) {
    const tree = await this.org.treeToday();
    return installationScopeOf(actingPerson(tree, actor), tree);
  }

  private async circumstances(contract: ContractView, actor: Actor) {
    const by = actingPerson(await this.org.treeToday(), actor);
    return { contract, by, today: this.clock.today() };
  }

  private async execute(
    contractId: string,
    actor: Actor,
    commandFor: (contract: ContractView) => Promise<InstallationCommand>,
  ) {
    const command = await commandFor(await this.book.contract(contractId));
    const streamId = installationStreamId(contractId);
    const result = await this.runtime.commands.execute(installationDecider, streamId, command, actor);
    await this.book.record(contractId, result.events);
    return commandOutcome(result);
  }
}

function daysBetween(from: BusinessDate, to: BusinessDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
