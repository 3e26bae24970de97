import { Inject, Injectable } from '@nestjs/common';
import {
  type CaseCommand,
  type CustomerNames,
  type HandoverCase,
  type HandoverCaseStatus,
  type HandoverLedger,
  type HandoverLedgerEvent,
  type ResigningPerson,
  customerRecordDecider,
  customerRecordStreamId,
  handoverLedgerDecider,
  handoverStreamId,
  personOfCase,
} from '@sales/handover/domain';
import type { OrgTree } from '@sales/org/events';
import { type Actor, type Clock, ForbiddenError, NotFoundError, type Role, fold } from '@sales/shared/domain';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { HandoverOrgReader } from '../handover-org.reader';
import { HandoverCaseIndex } from './handover-case-index';
import { caseSummary, caseView } from './handover-case-view';

/** Who reads every case: above the divisions, and the two roles that act on every case. */
const READ_ALL: readonly Role[] = ['vp', 'general_manager', 'admin', 'sales_admin', 'finance'];

/** The managers above `personId` in the tree, nearest first. */
export function managerChain(tree: OrgTree, personId: string): string[] {
  const chain: string[] = [];
  let current = tree.people.find((p) => p.id === personId)?.managerId ?? null;
  while (current !== null && !chain.includes(current)) {
    chain.push(current);
    current = tree.people.find((p) => p.id === current)?.managerId ?? null;
  }
  return chain;
}

/**
 * 离职交接 (O2) over HTTP: notices, the case with its checklist, the list, and the steps finance,
 * the 市场部主管, the managers and the VP take. One person's stream per case (`handover-person-<id>`);
 * scope by the org tree as of today: the person, the managers above them, and the roles that act
 * on every case (VP, 总经理, IT admin, 市场部主管, finance).
 */
@Injectable()
export class HandoverCasesService {
  constructor(
    @InjectContext('handover') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: HandoverOrgReader,
    private readonly index: HandoverCaseIndex,
  ) {}

  async notice(input: Readonly<{ personId: string; lastDay: string }>, actor: Actor) {
    const tree = await this.org.treeToday();
    const found = tree.people.find((p) => p.id === input.personId);
    const person: ResigningPerson = found
      ? { personId: found.id, role: found.role, managerChain: managerChain(tree, found.id) }
      : null;
    const result = await this.execute(
      input.personId,
      {
        type: 'NoticeResignation',
        data: { actor, personId: input.personId, lastDay: input.lastDay, today: this.clock.today(), person },
      },
      actor,
    );
    const opened = result.events.find((e) => e.type === 'ResignationNoticed')?.data as { caseId: string };
    return this.view(opened.caseId, actor);
  }

  async view(caseId: string, actor: Actor) {
    const { ledger, handoverCase, tree } = await this.readable(caseId, actor);
    return caseView(ledger, handoverCase, tree, await this.customerNames(ledger));
  }

  async list(status: HandoverCaseStatus | undefined, actor: Actor) {
    const tree = await this.org.treeToday();
    const cases = [];
    for (const personId of this.index.peopleWithCases()) {
      if (!mayRead(actor, personId, tree)) continue;
      const ledger = await this.ledgerOf(personId);
      for (const handoverCase of ledger.cases)
        if (status === undefined || handoverCase.status === status)
          cases.push(caseSummary(ledger, handoverCase, tree));
    }
    return cases.sort((a, b) => a.lastDay.localeCompare(b.lastDay) || a.caseId.localeCompare(b.caseId));
  }

  async settleAccounts(caseId: string, note: string | null, actor: Actor) {
    await this.act(caseId, actor, () => ({
      type: 'ConfirmAccountsSettled',
      data: { actor, caseId, today: this.clock.today(), note },
    }));
    return this.view(caseId, actor);
  }

  async signOff(caseId: string, actor: Actor) {
    await this.act(caseId, actor, () => ({
      type: 'SignOffHandover',
      data: { actor, caseId, today: this.clock.today() },
    }));
    return this.view(caseId, actor);
  }

  async complete(caseId: string, actor: Actor) {
    await this.act(caseId, actor, (ledger, tree, personId, customerNames) => ({
      type: 'CompleteHandover',
      data: {
        actor,
        caseId,
        today: this.clock.today(),
        managerChain: managerChain(tree, personId),
        customerNames,
      },
    }));
    return this.view(caseId, actor);
  }

  async exitWithoutHandover(caseId: string, reason: string, actor: Actor) {
    await this.act(caseId, actor, () => ({
      type: 'RecordExitWithoutHandover',
      data: { actor, caseId, today: this.clock.today(), reason },
    }));
    return this.view(caseId, actor);
  }

  /** Runs a case command for someone who may read the case (the decider checks the role). */
  private async act(
    caseId: string,
    actor: Actor,
    command: (ledger: HandoverLedger, tree: OrgTree, personId: string, names: CustomerNames) => CaseCommand,
  ) {
    const { ledger, tree, handoverCase } = await this.readable(caseId, actor);
    const names = await this.customerNames(ledger);
    await this.execute(handoverCase.personId, command(ledger, tree, handoverCase.personId, names), actor);
  }

  private async execute(personId: string, command: CaseCommand, actor: Actor) {
    const result = await this.runtime.commands.execute(
      handoverLedgerDecider,
      handoverStreamId(personId),
      command,
      actor,
    );
    this.index.record(result.state);
    return result;
  }

  private async readable(caseId: string, actor: Actor) {
    const personId = personOfCase(caseId);
    if (personId === undefined) throw new NotFoundError('unknown-case', { caseId });
    const ledger = await this.ledgerOf(personId);
    const handoverCase: HandoverCase | undefined = ledger.cases.find((c) => c.caseId === caseId);
    if (!handoverCase) throw new NotFoundError('unknown-case', { caseId });
    const tree = await this.org.treeToday();
    if (!mayRead(actor, personId, tree)) throw new ForbiddenError('case-outside-scope', { personId });
    return { ledger, handoverCase, tree };
  }

  private async ledgerOf(personId: string): Promise<HandoverLedger> {
    const { events } = await this.runtime.store.readStream(handoverStreamId(personId));
    return fold(
      handoverLedgerDecider,
      events.map(({ type, data }) => ({ type, data }) as HandoverLedgerEvent),
    );
  }

  /** The names of the customers a checklist mentions, from handover's notes of customers' events. */
  private async customerNames(ledger: HandoverLedger): Promise<CustomerNames> {
    const ids = new Set([
      ...Object.keys(ledger.customers),
      ...Object.values(ledger.contracts).map((c) => c.customerId),
    ]);
    const names: Record<string, string> = {};
    for (const id of ids) {
      const { events } = await this.runtime.store.readStream(customerRecordStreamId(id));
      const record = fold(
        customerRecordDecider,
        events.map(({ type, data }) => ({ type, data }) as never),
      );
      if (record.name !== null) names[id] = record.name;
    }
    return names;
  }
}

function mayRead(actor: Actor, personId: string, tree: OrgTree): boolean {
  return (
    READ_ALL.includes(actor.role) ||
    actor.userId === personId ||
    managerChain(tree, personId).includes(actor.userId)
  );
}
