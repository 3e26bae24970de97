import type { NoticeFacts, NoticeSource } from '../notices/notice';
import type { ActiveDirective, ContractParties, ContractPartiesEvent } from '../parties/contract-parties';
import { contractPartiesDecider } from '../parties/contract-parties';
import type { NoticeOccasion } from '../recipients/recipients';
import type { OrgView } from '../recipients/org-view';
import { fold } from '@sales/shared/domain';

/**
 * The department the notices specs address: VP 张伟 (p-vp) above 华东's manager 陈志强 (p-chen,
 * over 李娜 p-li and 王磊 p-wang), the installers 郑师傅 (p-inst) and 冯师傅 (p-inst-2), finance
 * 刘芳 and 赵会计, sales admin 孙丽, engineer 吴工.
 */
export const ORG: OrgView = {
  divisions: [
    { id: 'd-east', managerId: 'p-chen' },
    { id: 'd-west', managerId: null },
  ],
  people: [
    { id: 'p-vp', role: 'vp', managerId: null, divisionId: null },
    { id: 'p-chen', role: 'division_manager', managerId: 'p-vp', divisionId: 'd-east' },
    { id: 'p-li', role: 'salesperson', managerId: 'p-chen', divisionId: 'd-east' },
    { id: 'p-wang', role: 'salesperson', managerId: 'p-chen', divisionId: 'd-east' },
    { id: 'p-inst', role: 'installer', managerId: 'p-vp', divisionId: null },
    { id: 'p-inst-2', role: 'installer', managerId: 'p-vp', divisionId: null },
    { id: 'p-fin', role: 'finance', managerId: 'p-vp', divisionId: null },
    { id: 'p-fin-2', role: 'finance', managerId: 'p-vp', divisionId: null },
    { id: 'p-admin-sun', role: 'sales_admin', managerId: 'p-vp', divisionId: null },
    { id: 'p-eng', role: 'engineer', managerId: 'p-vp', divisionId: null },
    { id: 'p-safety', role: 'safety', managerId: 'p-vp', divisionId: null },
  ],
};

export const source = (key: string, type = 'contracts.X.v1'): NoticeSource => ({
  context: type.split('.')[0],
  type,
  key,
  occurredAt: '2027-03-01T10:00:00.000+08:00',
});

export const delayed = (over: Partial<Extract<NoticeFacts, { kind: 'installation-delayed' }>> = {}) =>
  ({
    kind: 'installation-delayed',
    contractId: 'k-east',
    customerId: 'c-hx',
    ownerId: 'p-li',
    milestone: 'finish',
    previousDate: '2027-03-20',
    newDate: '2027-04-10',
    reason: '屏体到货延迟',
    delayedBy: 'p-admin-sun',
    ...over,
  }) as const satisfies NoticeFacts;

export const directiveIssued = (directiveId = 'dir-1') =>
  ({
    kind: 'stop-directive-issued',
    contractId: 'k-east',
    customerId: 'c-hx',
    ownerId: 'p-li',
    directiveId,
    reason: '现场安全检查不合格',
    issuedBy: 'p-safety',
    issuedOn: '2027-03-01',
  }) as const satisfies NoticeFacts;

export const occasion = (
  facts: NoticeFacts,
  key = 'evt-1',
  more: Partial<NoticeOccasion> = {},
): NoticeOccasion => ({
  source: source(key),
  facts,
  ...more,
});

/** A contract's ledger after these notes. */
export const partiesAfter = (events: readonly ContractPartiesEvent[]): ContractParties =>
  fold(contractPartiesDecider, events);

export const ownerNoted = (ownerId = 'p-li', sourceEventId = 'e-signed'): ContractPartiesEvent => ({
  type: 'ContractOwnerNoted',
  data: { sourceEventId, contractId: 'k-east', formNumber: 'HT2027-00001', ownerId },
});
export const installersNoted = (
  installerIds: string[],
  sourceEventId = 'e-assigned',
): ContractPartiesEvent => ({
  type: 'InstallersNoted',
  data: { sourceEventId, contractId: 'k-east', installerIds },
});
export const directiveNoted = (
  directive: ActiveDirective,
  sourceEventId = 'e-issued',
): ContractPartiesEvent => ({
  type: 'DirectiveNoted',
  data: { sourceEventId, directive },
});
