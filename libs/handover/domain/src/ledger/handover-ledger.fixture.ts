import type { Actor } from '@sales/shared/domain';
import type { HandoverLedgerEvent } from './handover-ledger-events';
import type { HandoverLedgerCommand, ResigningPerson } from './handover-ledger-commands';
import type { ContractStanding } from './holdings';

/*
 * Event and command factories for the handover specs: 李娜 (p-li, salesperson of 华东, managed by
 * 陈志强 p-chen under the VP p-vp) resigns on 2027-03-10.
 */

export const who = {
  li: { userId: 'p-li', role: 'salesperson' },
  wang: { userId: 'p-wang', role: 'salesperson' },
  chen: { userId: 'p-chen', role: 'division_manager' },
  zhou: { userId: 'p-zhou', role: 'division_manager' },
  vp: { userId: 'p-vp', role: 'vp' },
  salesAdmin: { userId: 'p-admin-sun', role: 'sales_admin' },
  finance: { userId: 'p-fin', role: 'finance' },
} as const satisfies Record<string, Actor>;

export const TODAY = '2027-03-10';
export const CASE = 'resignation-p-li-1';
const base = { personId: 'p-li' };

export const li: ResigningPerson = {
  personId: 'p-li',
  role: 'salesperson',
  managerChain: ['p-chen', 'p-vp'],
};

export const standing = (change: Partial<ContractStanding> = {}): ContractStanding => ({
  contractId: 'k-1',
  formNumber: 'HT-2027-0001',
  customerId: 'cust-1',
  currency: 'CNY',
  amountMinor: 100_000_000,
  collectedMinor: 60_000_000,
  installation: 'none',
  terminated: false,
  ...change,
});

export const customerTaken = (
  customerId = 'cust-1',
  sourceEventId = `e-reg-${customerId}`,
): HandoverLedgerEvent => ({
  type: 'CustomerTaken',
  data: { ...base, sourceEventId, customerId },
});
export const contractTaken = (
  contract = standing(),
  sourceEventId = 'e-signed-k-1',
): HandoverLedgerEvent => ({
  type: 'ContractTaken',
  data: { ...base, sourceEventId, contract },
});
export const formsTaken = (numbers = ['HT-2027-0002'], sourceEventId = 'e-issued'): HandoverLedgerEvent => ({
  type: 'FormsTaken',
  data: { ...base, sourceEventId, year: 2027, numbers },
});
export const noticed = (lastDay = '2027-04-30'): HandoverLedgerEvent => ({
  type: 'ResignationNoticed',
  data: {
    caseId: CASE,
    personId: 'p-li',
    lastDay,
    noticedOn: TODAY,
    noticedBy: 'p-li',
    supervisorId: 'p-chen',
  },
});
export const settled = (): HandoverLedgerEvent => ({
  type: 'AccountsSettled',
  data: { caseId: CASE, by: 'p-fin', on: TODAY, note: null },
});
export const signedOff = (): HandoverLedgerEvent => ({
  type: 'SupervisorSignedOff',
  data: { caseId: CASE, by: 'p-admin-sun', on: TODAY },
});
export const itemCleared = (
  kind: 'customer' | 'contract' | 'form' | 'accounts' | 'sign-off',
  id: string,
  how: 'transferred' | 'pooled' | 'merged' | 'closed' | 'used' | 'voided' | 'returned' | 'settled' | 'signed',
  toPersonId: string | null = null,
  on = TODAY,
): HandoverLedgerEvent => ({
  type: 'HandoverItemCleared',
  data: { caseId: CASE, kind, id, how, toPersonId, on },
});

export const notice = (
  change: Partial<Extract<HandoverLedgerCommand, { type: 'NoticeResignation' }>['data']> = {},
): HandoverLedgerCommand => ({
  type: 'NoticeResignation',
  data: { actor: who.li, personId: 'p-li', lastDay: '2027-04-30', today: TODAY, person: li, ...change },
});
export const complete = (
  actor: Actor = who.chen,
  customerNames: Record<string, string> = {},
): HandoverLedgerCommand => ({
  type: 'CompleteHandover',
  data: { actor, caseId: CASE, today: TODAY, managerChain: ['p-chen', 'p-vp'], customerNames },
});
export const settle = (actor: Actor = who.finance): HandoverLedgerCommand => ({
  type: 'ConfirmAccountsSettled',
  data: { actor, caseId: CASE, today: TODAY, note: null },
});
export const signOff = (actor: Actor = who.salesAdmin): HandoverLedgerCommand => ({
  type: 'SignOffHandover',
  data: { actor, caseId: CASE, today: TODAY },
});
export const exitWithout = (actor: Actor = who.vp, reason = '未办交接，擅自离岗'): HandoverLedgerCommand => ({
  type: 'RecordExitWithoutHandover',
  data: { actor, caseId: CASE, today: TODAY, reason },
});
