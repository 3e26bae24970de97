import {
  type CaseStep,
  type CustomerNames,
  type HandoverCase,
  type HandoverLedger,
  isContractOpen,
  labelled,
  openItemsOf,
  outstandingMinor,
} from '@sales/handover/domain';
import type { OrgTree } from '@sales/org/events';
import { formatMoney } from '@sales/shared/domain';

const nameIn = (tree: OrgTree, id: string | null) =>
  id === null ? null : (tree.people.find((p) => p.id === id)?.name ?? null);

/** A step with who took it by name (today's tree). */
const step = (tree: OrgTree, taken: CaseStep | null) =>
  taken && { by: taken.by, byName: nameIn(tree, taken.by), on: taken.on };

/** One line of the case list. */
export function caseSummary(ledger: HandoverLedger, handoverCase: HandoverCase, tree: OrgTree) {
  const { caseId, personId, status, noticedOn, lastDay } = handoverCase;
  const person = tree.people.find((p) => p.id === personId);
  const current = status === 'open' && ledger.cases.at(-1)?.caseId === caseId;
  return {
    caseId,
    personId,
    personName: person?.name ?? null,
    divisionId: person?.divisionId ?? null,
    status,
    noticedOn,
    lastDay,
    openCount: current ? openItemsOf(ledger, handoverCase).length : 0,
  };
}

/**
 * 离职交接单 as people read it: the open items by name (customers, contracts with money in 元,
 * forms by their printed number), what is held now, what was cleared and how, and who did each step.
 */
export function caseView(
  ledger: HandoverLedger,
  handoverCase: HandoverCase,
  tree: OrgTree,
  customerNames: CustomerNames,
) {
  const summary = caseSummary(ledger, handoverCase, tree);
  const current = handoverCase.status === 'open' && ledger.cases.at(-1)?.caseId === handoverCase.caseId;
  const open = current
    ? openItemsOf(ledger, handoverCase).map((item) => {
        const { kind, id, label } = labelled(item, ledger, customerNames);
        return { kind, id, label: label.zh, labelEn: label.en };
      })
    : [];
  const customerName = (id: string) => (Object.hasOwn(customerNames, id) ? customerNames[id] : null);
  return {
    ...summary,
    divisionName: tree.divisions.find((d) => d.id === summary.divisionId)?.name ?? null,
    noticedBy: handoverCase.noticedBy,
    noticedByName: nameIn(tree, handoverCase.noticedBy),
    supervisorId: handoverCase.supervisorId,
    supervisorName: nameIn(tree, handoverCase.supervisorId),
    blocked: open.length > 0,
    open,
    checklist: {
      customers: Object.keys(ledger.customers)
        .sort()
        .map((customerId) => ({ customerId, name: customerName(customerId) })),
      contracts: Object.values(ledger.contracts)
        .sort((a, b) => a.formNumber.localeCompare(b.formNumber))
        .map((c) => ({
          contractId: c.contractId,
          formNumber: c.formNumber,
          customerId: c.customerId,
          customerName: customerName(c.customerId),
          currency: c.currency,
          amountMinor: c.amountMinor,
          collectedMinor: c.collectedMinor,
          outstandingMinor: outstandingMinor(c),
          amount: formatMoney(c.amountMinor, c.currency),
          outstanding: formatMoney(outstandingMinor(c), c.currency),
          installation: c.installation,
          terminated: c.terminated,
          open: isContractOpen(c),
        })),
      forms: Object.entries(ledger.forms)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([number, { year }]) => ({ number, year })),
      accountsSettled: step(tree, handoverCase.accountsSettled),
      signedOff: step(tree, handoverCase.signedOff),
    },
    cleared: handoverCase.cleared.map((c) => ({ ...c, toName: nameIn(tree, c.toPersonId) })),
    closed: step(tree, handoverCase.closed),
    exitReason: handoverCase.exitReason,
    leftOpen: handoverCase.leftOpen,
  };
}
