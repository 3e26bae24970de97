import type { ContractPerson, SignContract } from './contract-commands';
import type { ContractEvent } from './contract-events';
import type { ContractTerms } from './contract-terms';

/* The department the signing specs decide in (华东: 陈志强 manages 李娜, 王磊). */

const person = (
  personId: string,
  role: ContractPerson['role'],
  divisionId: string | null = null,
  managedDivisionIds: string[] = [],
): ContractPerson => ({ personId, role, divisionId, managedDivisionIds });

export const people = {
  li: person('p-li', 'salesperson', 'd-east'),
  wang: person('p-wang', 'salesperson', 'd-east'),
  he: person('p-he', 'salesperson', 'd-south'),
  chen: person('p-chen', 'division_manager', 'd-east', ['d-east']),
  zhou: person('p-zhou', 'division_manager', 'd-south', ['d-south']),
  vp: person('p-vp', 'vp'),
  salesAdmin: person('p-admin-sun', 'sales_admin'),
  finance: person('p-fin', 'finance'),
  engineer: person('p-eng', 'engineer'),
};

export const today = '2027-03-10';
export const yuan = (amount: number) => amount * 100;

/** 李娜 signs HT-2027-0001 with 华信光电 for 1,000,000.00 元: LED 800k, installation 200k; 30/70. */
export function signing(change: Partial<SignContract['data']> = {}): SignContract {
  return {
    type: 'SignContract',
    data: {
      contractId: 'k-1',
      formNumber: 'HT-2027-0001',
      customerId: 'c-huaxin',
      signedOn: '2027-03-08',
      currency: 'CNY',
      amountMinor: yuan(1_000_000),
      costEstimateMinor: yuan(600_000),
      lines: [
        { productLineId: 'led', amountMinor: yuan(800_000), vatBasisPoints: 1300 },
        { productLineId: 'installation', amountMinor: yuan(200_000), vatBasisPoints: 900 },
      ],
      paymentPlan: [
        { name: '预付款', dueOn: '2027-03-08', amountMinor: yuan(300_000) },
        { name: '验收款', dueOn: '2027-06-30', amountMinor: yuan(700_000) },
      ],
      signer: people.li,
      recordedBy: people.li,
      approvedReportId: 'r-1',
      reportOverrideReason: null,
      credit: null,
      creditOverrideReason: null,
      productLineIds: ['led', 'lcd-wall', 'control', 'installation'],
      today,
      ...change,
    },
  };
}

export const signedTerms: ContractTerms = {
  contractId: 'k-1',
  formNumber: 'HT-2027-0001',
  customerId: 'c-huaxin',
  signerId: 'p-li',
  divisionId: 'd-east',
  signedOn: '2027-03-08',
  currency: 'CNY',
  amountMinor: yuan(1_000_000),
  costEstimateMinor: yuan(600_000),
  lines: [
    { productLineId: 'led', amountMinor: yuan(800_000), vatBasisPoints: 1300 },
    { productLineId: 'installation', amountMinor: yuan(200_000), vatBasisPoints: 900 },
  ],
  paymentPlan: [
    { instalmentId: 'i1', name: '预付款', dueOn: '2027-03-08', amountMinor: yuan(300_000) },
    { instalmentId: 'i2', name: '验收款', dueOn: '2027-06-30', amountMinor: yuan(700_000) },
  ],
  reportId: 'r-1',
  override: null,
};

export const contractSigned = (terms: Partial<ContractTerms> = {}, signedBy = 'p-li'): ContractEvent => ({
  type: 'ContractSigned',
  data: { terms: { ...signedTerms, ...terms }, signedBy },
});

export const terminationRequested = (requestedBy = 'p-li'): ContractEvent => ({
  type: 'TerminationRequested',
  data: { terminationOn: '2027-03-09', reason: '客户项目取消', requestedBy, requestedOn: today },
});
