import { eventually } from '@sales/shared/app-testing';
import { type ApiCall, contractsActors as who, hireContractsDepartment } from './contracts-department';

const yuan = (amount: number) => amount * 100;

/** The services the scenario talks to: each its own process, or all one standalone app. */
export type ContractToGradeApis = Readonly<{ org: ApiCall; customers: ApiCall; contracts: ApiCall }>;

export type ContractToGradeOutcome = Readonly<{
  customerId: string;
  contractId: string;
  formNumber: string;
  reportId: string;
  invoiceId: string;
  paymentId: string;
  /** The customer's grade history once the payment was graded. */
  grades: Readonly<{ grade: string; changes: readonly Record<string, unknown>[] }>;
}>;

/** 600,000 元 received makes the customer B (≥ 300,000); counted twice it would be A (≥ 1,000,000). */
export const SCENARIO_PAYMENT_MINOR = yuan(600_000);

async function expectStatus(step: string, status: number, answer: Promise<{ status: number; body: any }>) {
  const { status: got, body } = await answer;
  if (got !== status) throw new Error(`${step}: expected ${status}, got ${got} ${JSON.stringify(body)}`);
  return body;
}

/**
 * 从报备到回款 (issue 10, "end to end across services"), through the HTTP APIs only, on the clock
 * of 2027-03-10: the department hired in org; a customer registered in customers; a form issued,
 * the pre-signing report confirmed by 孙丽 (schedule), 吴工 (technology) and 郑师傅 (installation)
 * and approved by 陈志强; the contract signed on the form against that report (no override); an
 * invoice and a payment of 600,000 元 recorded by 刘芳 — and then customers, which knows contracts
 * only from its published events, grades the customer B because of that payment.
 */
export async function contractToGrade(apis: ContractToGradeApis): Promise<ContractToGradeOutcome> {
  const { org, customers, contracts } = apis;
  await hireContractsDepartment(org, contracts);

  // Customers learns the department from org's events a moment later.
  const customer = await eventually(async () =>
    expectStatus(
      'register the customer',
      201,
      customers('POST', '/customers', {
        actor: who.li,
        body: { name: '华信光电科技有限公司', industry: '显示屏', region: '上海', source: '展会' },
      }),
    ),
  );
  const customerId: string = customer.customerId;

  const issued = await expectStatus(
    'issue a form',
    201,
    contracts('POST', '/contracts/forms', { actor: who.salesAdmin, body: { holderId: 'p-li' } }),
  );
  const formNumber: string = issued.numbers[0];

  const reportId = await approvedReport(contracts, customerId);

  const signed = await eventually(async () =>
    expectStatus(
      'sign the contract',
      201,
      contracts('POST', '/contracts', {
        actor: who.li,
        body: {
          formNumber,
          customerId,
          signedOn: '2027-03-08',
          currency: 'CNY',
          amountMinor: yuan(1_000_000),
          costEstimateMinor: yuan(600_000),
          lines: [
            { productLineId: 'led', amountMinor: yuan(800_000) },
            { productLineId: 'installation', amountMinor: yuan(200_000) },
          ],
          paymentPlan: [
            { name: '预付款', dueOn: '2027-03-20', amountMinor: yuan(600_000) },
            { name: '验收款', dueOn: '2027-06-30', amountMinor: yuan(400_000) },
          ],
        },
      }),
    ),
  );
  const contractId: string = signed.contract.contractId;
  if (signed.contract.reportId !== reportId)
    throw new Error(`the contract rests on report ${signed.contract.reportId}, not ${reportId}`);
  const instalmentId: string = signed.contract.paymentPlan[0].instalmentId;

  const invoice = await expectStatus(
    'issue the invoice',
    201,
    contracts('POST', `/contracts/${contractId}/invoices`, {
      actor: who.finance,
      body: {
        instalmentId,
        amountMinor: SCENARIO_PAYMENT_MINOR,
        issuedOn: '2027-03-09',
        dueOn: '2027-03-20',
      },
    }),
  );
  const payment = await expectStatus(
    'record the payment',
    201,
    contracts('POST', `/contracts/${contractId}/payments`, {
      actor: who.finance,
      body: { amountMinor: SCENARIO_PAYMENT_MINOR, receivedOn: '2027-03-10', method: 'bank_transfer' },
    }),
  );
  const paymentId: string = payment.paymentId;

  const grades = await eventually(async () => {
    const answer = await expectStatus(
      'read the grades',
      200,
      customers('GET', `/customers/${customerId}/grades`, { actor: who.li }),
    );
    if (answer.grade !== 'B') throw new Error(`not graded by the payment yet: ${JSON.stringify(answer)}`);
    return answer;
  }, 60_000);
  return { customerId, contractId, formNumber, reportId, invoiceId: invoice.invoiceId, paymentId, grades };
}

/** 签约前报备 (K2): submitted by 李娜, the three feasibility confirmations, 陈志强's approval. */
async function approvedReport(contracts: ApiCall, customerId: string): Promise<string> {
  // Contracts learns the customer from customers' events a moment after it was registered.
  const submitted = await eventually(async () =>
    expectStatus(
      'submit the report',
      201,
      contracts('POST', '/contracts/reports', {
        actor: who.li,
        body: {
          customerId,
          expectedAmountMinor: yuan(1_000_000),
          products: [{ productLineId: 'led' }, { productLineId: 'installation' }],
          expectedSigningOn: '2027-03-08',
          expectedDeliveryOn: '2027-05-01',
          technicalRequirements: 'P2.5 室内 LED 屏 6×3 米，含控制系统',
          installationConditions: '大厅墙面，已加固',
        },
      }),
    ),
  );
  const reportId: string = submitted.reportId;
  for (const [aspect, actor] of [
    ['schedule', who.salesAdmin],
    ['technology', who.engineer],
    ['installation', who.installer],
  ] as const) {
    await expectStatus(
      `confirm ${aspect}`,
      200,
      contracts('POST', `/contracts/reports/${reportId}/feasibility/${aspect}`, {
        actor,
        body: { outcome: 'confirmed', note: '可行' },
      }),
    );
  }
  await expectStatus(
    'approve the report',
    200,
    contracts('POST', `/contracts/reports/${reportId}/decision`, {
      actor: who.chen,
      body: { decision: 'approve' },
    }),
  );
  return reportId;
}
