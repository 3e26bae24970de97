import { EXPECTED_COMPANY } from './kpi-quarter.expected-company';
import { EXPECTED_EAST } from './kpi-quarter.expected-east';
import { EXPECTED_LI } from './kpi-quarter.expected-li';
import {
  type ExpectedPeriod,
  type ExpectedPeriodFigures,
  type ExpectedSubject,
  type Fraction,
  fraction,
} from './kpi-quarter.expected-types';

export * from './kpi-quarter.expected-types';

type AsOfCollections = Readonly<{ receivedMinor: number; fallingDueMinor: number; rate: Fraction }>;

/**
 * What the KPI API must answer after the whole feed (read on day 4, 2027-04-02, without `asOf`),
 * worked out by hand from kpi-quarter.deals.ts, kpi-field-work-feed.ts, kpi-targets-2027.ts and
 * kpi-calendar-2027.ts. Subjects: 李娜, 华东事业部, the company; periods: January, Q1, 2027.
 */
export const KPI_QUARTER_EXPECTED: Readonly<{
  figures: Readonly<Record<ExpectedSubject, Readonly<Record<ExpectedPeriod, ExpectedPeriodFigures>>>>;
  /**
   * P3 of 2027-Q1 as of two dates: 2027-03-22 (day 3) leaves out pay-kpi-li1-2 — received
   * 2027-03-10, before that day, but recorded on 2027-04-02 — and 2027-04-02 (day 4) takes it in.
   * Every other Q1 fact was recorded by day 3, so the denominators are the same.
   */
  asOf: Readonly<{
    period: '2027-Q1';
    before: '2027-03-22';
    after: '2027-04-02';
    latePaymentId: 'pay-kpi-li1-2';
    latePaymentMinor: number;
    bySubject: Readonly<
      Record<ExpectedSubject, Readonly<{ before: AsOfCollections; after: AsOfCollections }>>
    >;
  }>;
  /**
   * 李娜's March, where the DOMAIN rules bite hardest: P1 deducts the contract terminated in March
   * (signed in January); P3 has an opening balance and a terminated contract's instalment that
   * leaves the receivables before it falls due.
   */
  liMarch: Readonly<{
    period: '2027-03';
    p1: Readonly<{ signedMinor: number; targetRealisticMinor: number; realistic: Fraction }>;
    p3: Readonly<{
      receivedMinor: number;
      openingMinor: number;
      fallingDueMinor: number;
      rate: Fraction;
      asOfBefore: Fraction;
    }>;
  }>;
}> = {
  figures: {
    'salesperson:p-li': EXPECTED_LI,
    'division:d-east': EXPECTED_EAST,
    company: EXPECTED_COMPANY,
  },
  asOf: {
    period: '2027-Q1',
    before: '2027-03-22',
    after: '2027-04-02',
    latePaymentId: 'pay-kpi-li1-2',
    latePaymentMinor: 60_000_000,
    bySubject: {
      // 李娜: as of 03-22 received only 239,000 (01-15) ÷ 939,000; as of 04-02 (239,000 + 600,000) ÷ 939,000
      'salesperson:p-li': {
        before: {
          receivedMinor: 23_900_000,
          fallingDueMinor: 93_900_000,
          rate: fraction(23_900_000, 93_900_000),
        },
        after: {
          receivedMinor: 83_900_000,
          fallingDueMinor: 93_900_000,
          rate: fraction(83_900_000, 93_900_000),
        },
      },
      // 华东: 239,000 + 165,000 + 400,000 = 804,000 ÷ 1,504,000; then 804,000 + 600,000 = 1,404,000 ÷ 1,504,000
      'division:d-east': {
        before: {
          receivedMinor: 80_400_000,
          fallingDueMinor: 150_400_000,
          rate: fraction(80_400_000, 150_400_000),
        },
        after: {
          receivedMinor: 140_400_000,
          fallingDueMinor: 150_400_000,
          rate: fraction(140_400_000, 150_400_000),
        },
      },
      // company: 804,000 + 193,500 = 997,500 ÷ 1,697,500; then 997,500 + 600,000 = 1,597,500 ÷ 1,697,500
      company: {
        before: {
          receivedMinor: 99_750_000,
          fallingDueMinor: 169_750_000,
          rate: fraction(99_750_000, 169_750_000),
        },
        after: {
          receivedMinor: 159_750_000,
          fallingDueMinor: 169_750_000,
          rate: fraction(159_750_000, 169_750_000),
        },
      },
    },
  },
  liMarch: {
    period: '2027-03',
    // P1: 110,000 (li-3, 03-05) − 226,000 (li-2 signed 01-18, terminated 03-19: deducted in March)
    //     = −116,000 元 ÷ 280,000 (Q1 840,000 ÷ 3)
    p1: {
      signedMinor: -11_600_000,
      targetRealisticMinor: 28_000_000,
      realistic: fraction(-11_600_000, 28_000_000),
    },
    // P3: opening on 03-01, per contract (due before 03-01 − received before 03-01, never below 0):
    //     k-kpi-li-1: 239,000 + 600,000 − 239,000 = 600,000; k-kpi-li-2: 100,000 − 0 = 100,000 → 700,000;
    //     falling due in March: inv-kpi-li2-2 126,000 (03-31) left out (terminated 03-19) → 0;
    //     received in March: 600,000 (03-10, the late payment) → 600,000 ÷ 700,000;
    //     as of 03-22: 0 ÷ 700,000
    p3: {
      receivedMinor: 60_000_000,
      openingMinor: 70_000_000,
      fallingDueMinor: 0,
      rate: fraction(60_000_000, 70_000_000),
      asOfBefore: fraction(0, 70_000_000),
    },
  },
};
