import {
  type Actor,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  type Role,
  isBusinessDate,
} from '@sales/shared/domain';
import { labelled, openItemsOf } from './checklist';
import { type HandoverCase, NOTICE_DAYS, handoverCaseId } from './handover-case';
import type { HandoverLedgerEvent } from './handover-ledger-events';
import type { CaseCommand, NoticeResignation } from './handover-ledger-commands';
import { type HandoverLedger, openCase } from './handover-ledger-state';
import { addDays } from './holdings';

/** Above every division: they may file, complete and read any case. */
const SENIORS: readonly Role[] = ['vp', 'general_manager', 'admin'];
/** 离职处理 is the VP's record (the 总经理 above him may make it too). */
const EXIT_RECORDERS: readonly Role[] = ['vp', 'general_manager'];

export function decideCase(command: CaseCommand, ledger: HandoverLedger): HandoverLedgerEvent[] {
  switch (command.type) {
    case 'NoticeResignation':
      return notice(command.data, ledger);
    case 'ConfirmAccountsSettled': {
      const { actor, caseId, today, note } = command.data;
      // 账目结清 is finance's to confirm: they hold the person's advances, loans and expense claims.
      if (actor.role !== 'finance') throw new ForbiddenError('accounts-finance-only', { role: actor.role });
      const current = requireOpenCase(ledger, caseId);
      if (current.accountsSettled)
        throw new ConflictError('accounts-already-settled', { caseId, by: current.accountsSettled.by });
      return [
        { type: 'AccountsSettled', data: { caseId, by: actor.userId, on: today, note } },
        clearedByCase(caseId, 'accounts', 'settled', today),
      ];
    }
    case 'SignOffHandover': {
      const { actor, caseId, today } = command.data;
      // 由市场部主管人员签字方可离开: the sales admin supervisor's signature, nobody else's.
      if (actor.role !== 'sales_admin')
        throw new ForbiddenError('sign-off-sales-admin-only', { role: actor.role });
      const current = requireOpenCase(ledger, caseId);
      if (current.personId === actor.userId)
        throw new ForbiddenError('sign-off-own-case', { personId: current.personId });
      if (current.signedOff)
        throw new ConflictError('already-signed-off', { caseId, by: current.signedOff.by });
      return [
        { type: 'SupervisorSignedOff', data: { caseId, by: actor.userId, on: today } },
        clearedByCase(caseId, 'sign-off', 'signed', today),
      ];
    }
    case 'CompleteHandover': {
      const { actor, caseId, today, managerChain, customerNames } = command.data;
      const current = requireOpenCase(ledger, caseId);
      const mayComplete =
        SENIORS.includes(actor.role) || actor.role === 'sales_admin' || managerChain.includes(actor.userId);
      if (!mayComplete || actor.userId === current.personId)
        throw new ForbiddenError('complete-not-allowed', { role: actor.role, personId: current.personId });
      const open = openItemsOf(ledger, current);
      if (open.length > 0) {
        // Completion waits for every item; the refusal lists them as people know them.
        throw new ConflictError('handover-items-open', {
          caseId,
          personId: current.personId,
          count: open.length,
          items: open.map((item) => labelled(item, ledger, customerNames).label),
        });
      }
      return [{ type: 'HandoverCompleted', data: { caseId, by: actor.userId, on: today } }];
    }
    case 'RecordExitWithoutHandover': {
      const { actor, caseId, today } = command.data;
      if (!EXIT_RECORDERS.includes(actor.role))
        throw new ForbiddenError('exit-vp-only', { role: actor.role });
      const current = requireOpenCase(ledger, caseId);
      const reason = (command.data.reason ?? '').trim();
      if (!reason) throw new DomainError('field-required', { field: 'reason' });
      return [
        {
          type: 'LeftWithoutHandover',
          data: { caseId, by: actor.userId, on: today, reason, openItems: openItemsOf(ledger, current) },
        },
      ];
    }
  }
}

function notice(data: NoticeResignation['data'], ledger: HandoverLedger): HandoverLedgerEvent[] {
  const { actor, personId, lastDay, today, person } = data;
  if (!person) throw new NotFoundError('unknown-person', { personId });
  if (!mayFileFor(actor, person.personId, person.managerChain))
    throw new ForbiddenError('notice-not-allowed', { personId, role: actor.role });
  if (!isBusinessDate(lastDay)) throw new DomainError('invalid-date', { field: 'lastDay', value: lastDay });
  // O2: notice at least one month ahead — 30 days from today, by the company's clock.
  const earliestLastDay = addDays(today, NOTICE_DAYS);
  if (lastDay < earliestLastDay)
    throw new DomainError('notice-too-short', {
      field: 'lastDay',
      lastDay,
      earliestLastDay,
      days: NOTICE_DAYS,
    });
  const current = openCase(ledger);
  if (current) throw new ConflictError('resignation-already-open', { caseId: current.caseId, personId });
  return [
    {
      type: 'ResignationNoticed',
      data: {
        caseId: handoverCaseId(personId, ledger.cases.length + 1),
        personId,
        lastDay,
        noticedOn: today,
        noticedBy: actor.userId,
        supervisorId: person.managerChain[0] ?? null,
      },
    },
  ];
}

/** The person, one of their managers up the tree, or someone above every division. */
function mayFileFor(actor: Actor, personId: string, managerChain: readonly string[]): boolean {
  return actor.userId === personId || managerChain.includes(actor.userId) || SENIORS.includes(actor.role);
}

function requireOpenCase(ledger: HandoverLedger, caseId: string): HandoverCase {
  const found = ledger.cases.find((c) => c.caseId === caseId);
  if (!found) throw new NotFoundError('unknown-case', { caseId });
  if (found.status !== 'open') throw new ConflictError('case-closed', { caseId, status: found.status });
  return found;
}

function clearedByCase(
  caseId: string,
  kind: 'accounts' | 'sign-off',
  how: 'settled' | 'signed',
  on: string,
): HandoverLedgerEvent {
  return { type: 'HandoverItemCleared', data: { caseId, kind, id: caseId, how, toPersonId: null, on } };
}
