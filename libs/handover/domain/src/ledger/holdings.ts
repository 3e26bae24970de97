import type { BusinessDate } from '@sales/shared/domain';

/**
 * 安装进度 as far as a handover cares: no installation begun, one under way (somebody must see it
 * through to 验收), or accepted.
 */
export type InstallationProgress = 'none' | 'under-way' | 'accepted';

/** A contract as handover knows it from contracts' published events: enough to say whether it is open. */
export type ContractStanding = Readonly<{
  contractId: string;
  formNumber: string;
  customerId: string;
  currency: string;
  /** 合同金额 (含税), integer 分 of `currency`. */
  amountMinor: number;
  /** 回款 net of reversals, integer 分 of `currency`. */
  collectedMinor: number;
  installation: InstallationProgress;
  terminated: boolean;
}>;

/**
 * An OPEN contract (a handover must pass it to a colleague): signed, not terminated, and either
 * not fully collected (应收账款 left to chase) or with an installation begun and not yet accepted
 * (验收 left to see through). A contract fully collected with no installation, or collected and
 * accepted, needs nobody any more; a terminated one is closed whatever was collected.
 */
export function isContractOpen(contract: ContractStanding): boolean {
  if (contract.terminated) return false;
  return contract.collectedMinor < contract.amountMinor || contract.installation === 'under-way';
}

/** What is still to be collected on a contract (never below zero), in 分. */
export function outstandingMinor(contract: ContractStanding): number {
  return Math.max(0, contract.amountMinor - contract.collectedMinor);
}

export function sameStanding(a: ContractStanding, b: ContractStanding): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `date` plus `days` calendar days (business dates, no time zone involved). */
export function addDays(date: BusinessDate, days: number): BusinessDate {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
