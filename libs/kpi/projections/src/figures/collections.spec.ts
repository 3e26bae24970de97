import { evenLevel, factOrigin } from './facts.fixture';
import type { InvoiceFact, InvoiceVoidedFact, PaymentFact, TargetsFact, TerminationFact } from '../facts';
import { collectionFigures, overdueReceivables } from './collections';
import { monthPeriod, quarterPeriod } from './period';

const yuan = (n: number) => n * 100;
const origin = (businessDate: string) => factOrigin(businessDate, 'contracts');
const party = { customerId: 'c1', personId: 'p-li', divisionId: 'd-east', currency: 'CNY' };
const invoice = (invoiceId: string, contractId: string, amount: number, dueOn: string): InvoiceFact => ({
  ...origin('2027-01-15'),
  ...party,
  kind: 'invoice',
  invoiceId,
  contractId,
  amountMinor: yuan(amount),
  issuedOn: '2027-01-15',
  dueOn,
});
const payment = (
  contractId: string,
  amount: number,
  on: string,
  reversalOf: string | null = null,
): PaymentFact => ({
  ...origin(on),
  ...party,
  kind: 'payment',
  paymentId: `pay-${on}-${amount}`,
  reversalOf,
  contractId,
  amountMinor: yuan(amount),
  prepayment: false,
});
const voided = (invoiceId: string, contractId: string, on: string): InvoiceVoidedFact => ({
  ...origin(on),
  kind: 'invoice-voided',
  invoiceId,
  contractId,
});
const terminated = (contractId: string, on: string): TerminationFact => ({
  ...origin(on),
  kind: 'termination',
  contractId,
});
const target: TargetsFact = {
  ...origin('2027-01-05'),
  context: 'targets',
  kind: 'targets',
  fiscalYear: 2027,
  unit: 'division:d-east',
  version: 1,
  currency: 'CNY',
  nodes: [
    {
      node: 'salesperson:p-li',
      divisionId: 'd-east',
      personId: 'p-li',
      targets: { collections: { realistic: evenLevel(yuan(900_000)), stretch: evenLevel(yuan(1_000_000)) } },
    },
  ],
};

/*
 * k1: invoices of 300,000 due 03-20, 400,000 due 04-30, 300,000 due 07-15, and 80,000 due 05-15
 * voided (红冲) on 05-10; 200,000 received 03-25, 100,000 on 04-10, 250,000 on 05-05, and 50,000
 * of it reversed on 05-20. k2: a prepayment of 150,000 on 04-01, invoices of 100,000 due 04-15
 * and 200,000 due 06-01, the contract terminated on 05-01.
 */
const facts = {
  sales: [],
  targets: [target],
  invoices: [
    invoice('i1', 'k1', 300_000, '2027-03-20'),
    invoice('i2', 'k1', 400_000, '2027-04-30'),
    invoice('i3', 'k1', 300_000, '2027-07-15'),
    invoice('i6', 'k1', 80_000, '2027-05-15'),
    invoice('i4', 'k2', 100_000, '2027-04-15'),
    invoice('i5', 'k2', 200_000, '2027-06-01'),
  ],
  voided: [voided('i6', 'k1', '2027-05-10')],
  terminations: [terminated('k2', '2027-05-01')],
  payments: [
    payment('k1', 200_000, '2027-03-25'),
    payment('k1', 100_000, '2027-04-10'),
    payment('k1', 250_000, '2027-05-05'),
    payment('k1', -50_000, '2027-05-20', 'pay-x'),
    payment('k2', 150_000, '2027-04-01'),
  ],
};
const li = { kind: 'person', personId: 'p-li' } as const;

describe('P3 应收账款回收率 collection rate and P7 回款达成率', () => {
  it('Q2: 450,000 received ÷ (100,000 open at the start + 500,000 falling due) = 75.0%', () => {
    const q2 = collectionFigures(li, quarterPeriod(2027, 2), facts);
    expect(q2).toMatchObject({
      receivedMinor: yuan(450_000),
      openingMinor: yuan(100_000),
      fallingDueMinor: yuan(500_000),
    });
    expect(q2.p3).toEqual({
      numerator: yuan(450_000),
      denominator: yuan(600_000),
      value: '0.750000',
      display: '75.0%',
    });
    // The voided invoice and the terminated contract's later instalment are not receivables.
    expect(q2.explain.fallingDue.map((i) => i.invoiceId).sort()).toEqual(['i2', 'i4']);
    expect(q2.attainment.realistic).toMatchObject({ value: '0.500000', display: '50.0%' });
  });

  it('Q1: 200,000 of the 300,000 falling due; a month with only a prepayment can pass 100%', () => {
    expect(collectionFigures(li, quarterPeriod(2027, 1), facts).p3).toMatchObject({ value: '0.666667' });
    const k2Only = { ...facts, invoices: facts.invoices.filter((i) => i.contractId === 'k2') };
    // April: 150,000 prepaid (k2) ÷ 100,000 falling due on k2.
    expect(
      collectionFigures(li, monthPeriod(2027, 4), {
        ...k2Only,
        payments: facts.payments.filter((p) => p.contractId === 'k2'),
      }).p3,
    ).toMatchObject({
      value: '1.500000',
      display: '150.0%',
    });
  });

  it('June: the open balance is what fell due before less what came in (voided and terminated amounts out); nothing received is 0%', () => {
    const june = collectionFigures(li, monthPeriod(2027, 6), facts);
    expect(june).toMatchObject({ openingMinor: yuan(200_000), fallingDueMinor: 0, receivedMinor: 0 });
    expect(june.p3).toMatchObject({ value: '0.000000' });
  });

  it('nothing outstanding and nothing falling due: no rate, with the reason', () => {
    expect(
      collectionFigures({ kind: 'person', personId: 'p-wang' }, quarterPeriod(2027, 2), facts).p3,
    ).toMatchObject({
      value: null,
      reason: expect.stringContaining('nothing was outstanding'),
    });
  });
});

describe('P7 逾期应收 overdue receivables', () => {
  it('on 2027-05-16: k1 owes 700,000 due (i1, i2; i6 voided) less 550,000 received (the reversal comes on 05-20); k2 nothing (prepaid)', () => {
    const overdue = overdueReceivables({ kind: 'person', personId: 'p-li' }, '2027-05-16', facts);
    expect(overdue.overdueMinor).toBe(yuan(150_000));
    expect(overdue.contracts).toEqual([
      { contractId: 'k1', dueMinor: yuan(700_000), paidMinor: yuan(550_000), openMinor: yuan(150_000) },
    ]);
  });
});
