import { attainment } from './kpi-quarter.expected-li';
import { type ExpectedPeriod, type ExpectedPeriodFigures, fraction } from './kpi-quarter.expected-types';

/*
 * The company = 华东 (kpi-quarter.expected-east.ts) + 华南, whose only salesperson is 何芸:
 * k-kpi-he-1 (E, 02-22, 393,500 元: lcd-wall 339,000 → 300,000, installation 54,500 → 50,000;
 * cost 250,000, 毛利 100,000); inv-kpi-he-1 193,500 due 03-01, paid 03-01 (on time); visits
 * counted 01-04, 02-22, 03-01; customer E (01-04, first contract 02-22). No expense.
 * Targets (元): sales Q1 2,400,000 / 3,000,000, year 12,000,000 / 15,000,000; margin Q1 720,000 /
 * 900,000, year 3,600,000 / 4,500,000; collections Q1 1,920,000 / 2,400,000, year 9,600,000 /
 * 12,000,000. Working days: three salespeople → 60 (January), 177 (Q1), 747 (2027). The managers
 * are not salespeople and have no working days in P4.
 */
export const EXPECTED_COMPANY: Readonly<Record<ExpectedPeriod, ExpectedPeriodFigures>> = {
  '2027-01': {
    // P1: 华东 2,030,000 + 华南 0 = 2,030,000 元 ÷ 800,000 (2,400,000 ÷ 3) / ÷ 1,000,000 (3,000,000 ÷ 3)
    p1: attainment(203_000_000, 80_000_000, 100_000_000),
    // P2: 630,000 元 ÷ 240,000 (720,000 ÷ 3) / ÷ 300,000 (900,000 ÷ 3)
    p2: attainment(63_000_000, 24_000_000, 30_000_000),
    // P3: as 华东: 404,000 ÷ (0 + 339,000)
    p3: {
      receivedMinor: 40_400_000,
      openingMinor: 0,
      fallingDueMinor: 33_900_000,
      rate: fraction(40_400_000, 33_900_000),
    },
    // P7: 404,000 ÷ 640,000 (1,920,000 ÷ 3) / ÷ 800,000 (2,400,000 ÷ 3)
    collectionsAttainment: attainment(40_400_000, 64_000_000, 80_000_000),
    // P4: 7 + 何芸 1 (01-04 E) = 8 ÷ 60
    p4: { visits: 8, workingDays: 60, rate: fraction(8, 60) },
    // P5: owned: A, D, C, E = 4; new: A, C = 2 (E's first contract is in February); new potential: 4
    p5: { ownedAtEnd: 4, newInPeriod: 2, newPotential: 4 },
    // P6: as 华东
    p6: {
      totalMinor: 203_000_000,
      lines: { led: 158_200_000, installation: 10_900_000, 'lcd-wall': 22_600_000, control: 11_300_000 },
    },
    expensesMinor: 128_000,
  },
  '2027-Q1': {
    // P1: 1,914,000 + 393,500 = 2,307,500 元 ÷ 2,400,000 / ÷ 3,000,000
    p1: attainment(230_750_000, 240_000_000, 300_000_000),
    // P2: 617,669.89 + 100,000 = 717,669.89 元 ÷ 720,000 / ÷ 900,000
    p2: attainment(71_766_989, 72_000_000, 90_000_000),
    // P3: received 1,404,000 + 193,500 = 1,597,500; opening 0; falling due 1,504,000 + 193,500 = 1,697,500
    p3: {
      receivedMinor: 159_750_000,
      openingMinor: 0,
      fallingDueMinor: 169_750_000,
      rate: fraction(159_750_000, 169_750_000),
    },
    // P7: 1,597,500 ÷ 1,920,000 / ÷ 2,400,000
    collectionsAttainment: attainment(159_750_000, 192_000_000, 240_000_000),
    // P4: 13 + 3 = 16 ÷ 177
    p4: { visits: 16, workingDays: 177, rate: fraction(16, 177) },
    // P5: owned: A, D, F, C, G, E = 6; new: A, D, C, E = 4; new potential: 6
    p5: { ownedAtEnd: 6, newInPeriod: 4, newPotential: 6 },
    // P6: led 1,682,000; installation 119,000 + 54,500 = 173,500; lcd-wall 0 + 339,000 = 339,000;
    //     control 113,000 → 2,307,500 元
    p6: {
      totalMinor: 230_750_000,
      lines: { led: 168_200_000, installation: 17_350_000, 'lcd-wall': 33_900_000, control: 11_300_000 },
    },
    expensesMinor: 214_000,
  },
  '2027': {
    // P1: 1,970,500 + 393,500 = 2,364,000 元 ÷ 12,000,000 / ÷ 15,000,000
    p1: attainment(236_400_000, 1_200_000_000, 1_500_000_000),
    // P2: 637,669.89 + 100,000 = 737,669.89 元 ÷ 3,600,000 / ÷ 4,500,000
    p2: attainment(73_766_989, 360_000_000, 450_000_000),
    // P3: received 1,597,500; opening 0; falling due 2,014,000 + 193,500 = 2,207,500
    //     (何芸's 验收款 200,000 due 06-30 is not invoiced: no receivable)
    p3: {
      receivedMinor: 159_750_000,
      openingMinor: 0,
      fallingDueMinor: 220_750_000,
      rate: fraction(159_750_000, 220_750_000),
    },
    // P7: 1,597,500 ÷ 9,600,000 / ÷ 12,000,000
    collectionsAttainment: attainment(159_750_000, 960_000_000, 1_200_000_000),
    // P4: 14 + 3 = 17 ÷ 747
    p4: { visits: 17, workingDays: 747, rate: fraction(17, 747) },
    // P5: owned: 7 (A, C, D, E, F, G, H); new: 4; new potential: 7
    p5: { ownedAtEnd: 7, newInPeriod: 4, newPotential: 7 },
    // P6: led 1,682,000; installation 173,500; lcd-wall 339,000; control 169,500 → 2,364,000 元
    p6: {
      totalMinor: 236_400_000,
      lines: { led: 168_200_000, installation: 17_350_000, 'lcd-wall': 33_900_000, control: 16_950_000 },
    },
    expensesMinor: 214_000,
  },
};
