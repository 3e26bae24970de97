import { type ApiCall, eventuallyStatus, expectStatus, kpiActors as who } from './kpi-department';
import {
  type Deal,
  type Invoice,
  KPI_DEALS,
  KPI_TERMINATION,
  type Payment,
  type Seller,
} from './kpi-quarter.deals';

/* The contracts steps of the feed (K1–K5 over HTTP): forms, 报备, signing, invoices, payments, 终止. */

const fen = (yuan: number) => Math.round(yuan * 100);
const MANAGER_OF: Readonly<Record<Seller, typeof who.chen | typeof who.zhou>> = {
  li: who.chen,
  wang: who.chen,
  he: who.zhou,
};

/** 签约前报备 (K2): submitted by the owner, confirmed by 孙丽, 吴工 and 郑师傅, approved by the manager. */
async function approvedReport(contracts: ApiCall, deal: Deal, customerId: string): Promise<string> {
  const amount = deal.lines.reduce((sum, l) => sum + l.amount, 0);
  // Contracts learns the customer from customers' events a moment after it was registered.
  const submitted = await eventuallyStatus(`submit the report for ${deal.contractId}`, 201, () =>
    contracts('POST', '/contracts/reports', {
      actor: who[deal.owner],
      body: {
        customerId,
        expectedAmountMinor: fen(amount),
        products: deal.lines.map((l) => ({ productLineId: l.productLineId })),
        expectedSigningOn: deal.signedOn,
        expectedDeliveryOn: deal.plan.at(-1)?.dueOn ?? deal.signedOn,
        technicalRequirements: '室内显示系统，含控制与安装',
        installationConditions: '现场已具备安装条件',
      },
    }),
  );
  const reportId: string = submitted.reportId;
  for (const [aspect, actor] of [
    ['schedule', who.salesAdmin],
    ['technology', who.engineer],
    ['installation', who.installer],
  ] as const) {
    await expectStatus(
      `confirm ${aspect} of ${deal.contractId}'s report`,
      200,
      contracts('POST', `/contracts/reports/${reportId}/feasibility/${aspect}`, {
        actor,
        body: { outcome: 'confirmed', note: '可行' },
      }),
    );
  }
  await expectStatus(
    `approve ${deal.contractId}'s report`,
    200,
    contracts('POST', `/contracts/reports/${reportId}/decision`, {
      actor: MANAGER_OF[deal.owner],
      body: { decision: 'approve' },
    }),
  );
  return reportId;
}

/**
 * 签约 (K3) on a form issued to the owner that day: against an approved report, or signed by the
 * VP for the owner with his recorded override (副总特批). Returns the contract id (the client's).
 */
export async function signDeal(contracts: ApiCall, deal: Deal, customerId: string): Promise<string> {
  const issued = await expectStatus(
    `issue a form for ${deal.contractId}`,
    201,
    contracts('POST', '/contracts/forms', { actor: who.salesAdmin, body: { holderId: `p-${deal.owner}` } }),
  );
  const formNumber: string = issued.numbers[0];
  const report = deal.approval === 'report' ? await approvedReport(contracts, deal, customerId) : null;
  const amount = deal.lines.reduce((sum, l) => sum + l.amount, 0);
  const body = {
    contractId: deal.contractId,
    formNumber,
    customerId,
    signedOn: deal.signedOn,
    currency: 'CNY',
    amountMinor: fen(amount),
    costEstimateMinor: fen(deal.costEstimate),
    lines: deal.lines.map((l) => ({
      productLineId: l.productLineId,
      amountMinor: fen(l.amount),
      vatBasisPoints: l.vatBasisPoints,
    })),
    paymentPlan: deal.plan.map((i) => ({ name: i.name, dueOn: i.dueOn, amountMinor: fen(i.amount) })),
    ...(report === null
      ? { signerId: `p-${deal.owner}`, reportOverrideReason: '客户急单，报备随后补办（副总特批）' }
      : {}),
  };
  const signed = await eventuallyStatus(`sign ${deal.contractId}`, 201, () =>
    contracts('POST', '/contracts', { actor: report === null ? who.vp : who[deal.owner], body }),
  );
  if (signed.contract.contractId !== deal.contractId)
    throw new Error(`signed ${signed.contract.contractId}, not ${deal.contractId}`);
  return deal.contractId;
}

/** 开票 by 财务 刘芳 against one instalment of the plan (`i<n>`). */
export async function issueInvoice(contracts: ApiCall, invoice: Invoice): Promise<string> {
  const deal = KPI_DEALS[invoice.deal];
  const body = await expectStatus(
    `issue ${invoice.invoiceId}`,
    201,
    contracts('POST', `/contracts/${deal.contractId}/invoices`, {
      actor: who.finance,
      body: {
        invoiceId: invoice.invoiceId,
        instalmentId: `i${invoice.instalment}`,
        amountMinor: fen(invoice.amount),
        issuedOn: invoice.issuedOn,
        dueOn: invoice.dueOn,
      },
    }),
  );
  return body.invoiceId ?? invoice.invoiceId;
}

/** 回款 by 财务 刘芳 (bank transfer), not tied to an invoice: contracts allocates it oldest due first. */
export async function recordPayment(contracts: ApiCall, payment: Payment): Promise<string> {
  const deal = KPI_DEALS[payment.deal];
  const body = await expectStatus(
    `record ${payment.paymentId}`,
    201,
    contracts('POST', `/contracts/${deal.contractId}/payments`, {
      actor: who.finance,
      body: {
        paymentId: payment.paymentId,
        amountMinor: fen(payment.amount),
        receivedOn: payment.receivedOn,
        method: 'bank_transfer',
      },
    }),
  );
  return body.paymentId ?? payment.paymentId;
}

/** 合同终止: requested by the owner 李娜 (dated before today), approved by the VP. */
export async function terminateDeal(contracts: ApiCall): Promise<void> {
  const deal = KPI_DEALS[KPI_TERMINATION.deal];
  await expectStatus(
    `request the termination of ${deal.contractId}`,
    201,
    contracts('POST', `/contracts/${deal.contractId}/termination-request`, {
      actor: who[deal.owner],
      body: { terminationOn: KPI_TERMINATION.terminationOn, reason: KPI_TERMINATION.reason },
    }),
  );
  const decided = await expectStatus(
    `approve the termination of ${deal.contractId}`,
    200,
    contracts('POST', `/contracts/${deal.contractId}/termination-decision`, {
      actor: who.vp,
      body: { approve: true },
    }),
  );
  if (decided.contract?.status !== 'terminated')
    throw new Error(`${deal.contractId} not terminated: ${JSON.stringify(decided)}`);
}
