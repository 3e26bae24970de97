import { type LocalizedText, formatMoney } from '@sales/shared/domain';
import type { HandoverItemKind } from '@sales/handover/events';
import type { HandoverCase } from './handover-case';
import type { CustomerNames } from './handover-ledger-commands';
import { type HandoverLedger, openCase } from './handover-ledger-state';
import { type ContractStanding, isContractOpen, outstandingMinor } from './holdings';

export type ItemRef = Readonly<{ kind: HandoverItemKind; id: string }>;

/** A checklist item as people read it: names, the form's printed number, money in 元. */
export type ChecklistItem = ItemRef & Readonly<{ label: LocalizedText }>;

const byId = (a: string, b: string) => a.localeCompare(b);

/**
 * The open items of a case on `ledger`, in checklist order: customers still owned, open contracts,
 * forms not returned, the accounts until finance confirms them, the supervisor's sign-off.
 */
export function openItemsOf(ledger: HandoverLedger, handoverCase: HandoverCase): ItemRef[] {
  const caseId = handoverCase.caseId;
  return [
    ...Object.keys(ledger.customers)
      .sort(byId)
      .map((id) => ({ kind: 'customer' as const, id })),
    ...Object.values(ledger.contracts)
      .filter(isContractOpen)
      .map((c) => c.contractId)
      .sort(byId)
      .map((id) => ({ kind: 'contract' as const, id })),
    ...Object.keys(ledger.forms)
      .sort(byId)
      .map((id) => ({ kind: 'form' as const, id })),
    ...(handoverCase.accountsSettled ? [] : [{ kind: 'accounts' as const, id: caseId }]),
    ...(handoverCase.signedOff ? [] : [{ kind: 'sign-off' as const, id: caseId }]),
  ];
}

/** The open items of the person's open case (none without one). */
export function openItemRefs(ledger: HandoverLedger): ItemRef[] {
  const current = openCase(ledger);
  return current ? openItemsOf(ledger, current) : [];
}

/** An item with its label; `names` gives customers' names (an unknown one shows its id, marked). */
export function labelled(item: ItemRef, ledger: HandoverLedger, names: CustomerNames): ChecklistItem {
  return { ...item, label: itemLabel(item, ledger, names) };
}

function customerName(id: string, names: CustomerNames): LocalizedText {
  return Object.hasOwn(names, id)
    ? { zh: names[id], en: names[id] }
    : { zh: `客户 ${id}`, en: `customer ${id}` };
}

function itemLabel(item: ItemRef, ledger: HandoverLedger, names: CustomerNames): LocalizedText {
  switch (item.kind) {
    case 'customer': {
      const name = customerName(item.id, names);
      return { zh: `客户：${name.zh}`, en: `customer: ${name.en}` };
    }
    case 'contract':
      return contractLabel(ledger.contracts[item.id], names);
    case 'form':
      return { zh: `合同 ${item.id} 领用未交回`, en: `contract form ${item.id} not returned` };
    case 'accounts':
      return { zh: '财务确认账目结清', en: 'accounts confirmed settled by finance' };
    case 'sign-off':
      return { zh: '市场部主管签字', en: 'signed off by the sales admin supervisor (市场部主管)' };
  }
}

function contractLabel(contract: ContractStanding, names: CustomerNames): LocalizedText {
  const customer = customerName(contract.customerId, names);
  const amount = formatMoney(contract.amountMinor, contract.currency);
  const outstanding = formatMoney(outstandingMinor(contract), contract.currency);
  const zh = [`合同金额 ${amount}`, `未收 ${outstanding}`];
  const en = [`amount ${amount}`, `outstanding ${outstanding}`];
  if (contract.installation === 'under-way') {
    zh.push('安装未验收');
    en.push('installation not accepted');
  }
  return {
    zh: `合同 ${contract.formNumber}（${customer.zh}，${zh.join('，')}）`,
    en: `contract ${contract.formNumber} (${customer.en}, ${en.join(', ')})`,
  };
}
