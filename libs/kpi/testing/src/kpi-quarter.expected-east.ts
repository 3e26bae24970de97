import { attainment } from './kpi-quarter.expected-li';
import { type ExpectedPeriod, type ExpectedPeriodFigures, fraction } from './kpi-quarter.expected-types';

/*
 * 华东事业部 (d-east) = 李娜 (kpi-quarter.expected-li.ts) + 王磊. 王磊's part: k-kpi-wang-1 (C, 01-19,
 * 565,000 元: led 452,000, control 113,000; 毛利 180,000); the PREPAYMENT 165,000 (01-19, before
 * any invoice); inv-kpi-wang-1 165,000 due 02-01 and inv-kpi-wang-2 400,000 due 03-15, paid
 * 03-15; visits counted 01-04, 01-19, 03-15 (the two phone calls do not count); customers C
 * (01-04, first contract 01-19) and G (03-22, potential); an expense of 860.00 元 (03-15).
 * Targets (元): sales Q1 1,440,000 / 1,800,000, year 7,200,000 / 9,000,000; margin Q1 432,000 /
 * 540,000, year 2,160,000 / 2,700,000; collections Q1 1,152,000 / 1,440,000, year 5,760,000 /
 * 7,200,000; a month of Q1 = Q1 ÷ 3. Working days: two salespeople all year → 2 × 20 = 40
 * (January), 2 × 59 = 118 (Q1), 2 × 249 = 498 (2027).
 */
export const EXPECTED_EAST: Readonly<Record<ExpectedPeriod, ExpectedPeriodFigures>> = {
  '2027-01': {
    // P1: 李娜 1,465,000 + 王磊 565,000 = 2,030,000 元 ÷ 480,000 (1,440,000 ÷ 3) / ÷ 600,000 (1,800,000 ÷ 3)
    p1: attainment(203_000_000, 48_000_000, 60_000_000),
    // P2: 450,000 + 180,000 = 630,000 元 ÷ 144,000 (432,000 ÷ 3) / ÷ 180,000 (540,000 ÷ 3)
    p2: attainment(63_000_000, 14_400_000, 18_000_000),
    // P3: received 239,000 + 165,000 (prepayment) = 404,000; opening 0; falling due: 李娜's 339,000
    //     (王磊 has no invoice due in January) → 404,000 ÷ 339,000 (above 100%: the prepayment)
    p3: {
      receivedMinor: 40_400_000,
      openingMinor: 0,
      fallingDueMinor: 33_900_000,
      rate: fraction(40_400_000, 33_900_000),
    },
    // P7: 404,000 ÷ 384,000 (1,152,000 ÷ 3) / ÷ 480,000 (1,440,000 ÷ 3)
    collectionsAttainment: attainment(40_400_000, 38_400_000, 48_000_000),
    // P4: 李娜 5 + 王磊 2 (01-04 C, 01-19 C) = 7 ÷ 40
    p4: { visits: 7, workingDays: 40, rate: fraction(7, 40) },
    // P5: owned on 01-31: A, D, C = 3; new: A (01-12), C (01-19) = 2; new potential: A, D, C = 3
    p5: { ownedAtEnd: 3, newInPeriod: 2, newPotential: 3 },
    // P6: led 1,130,000 + 452,000 = 1,582,000; installation 109,000; lcd-wall 226,000;
    //     control 113,000 → 2,030,000 元
    p6: {
      totalMinor: 203_000_000,
      lines: { led: 158_200_000, installation: 10_900_000, 'lcd-wall': 22_600_000, control: 11_300_000 },
    },
    // P7 费用: 李娜 1,280.00 元
    expensesMinor: 128_000,
  },
  '2027-Q1': {
    // P1: 李娜 1,349,000 + 王磊 565,000 = 1,914,000 元 ÷ 1,440,000 / ÷ 1,800,000
    p1: attainment(191_400_000, 144_000_000, 180_000_000),
    // P2: 437,669.89 + 180,000 = 617,669.89 元 ÷ 432,000 / ÷ 540,000
    p2: attainment(61_766_989, 43_200_000, 54_000_000),
    // P3: received 839,000 + 165,000 + 400,000 = 1,404,000; opening 0;
    //     falling due 939,000 + 165,000 (02-01) + 400,000 (03-15) = 1,504,000 → 1,404,000 ÷ 1,504,000
    p3: {
      receivedMinor: 140_400_000,
      openingMinor: 0,
      fallingDueMinor: 150_400_000,
      rate: fraction(140_400_000, 150_400_000),
    },
    // P7: 1,404,000 ÷ 1,152,000 / ÷ 1,440,000
    collectionsAttainment: attainment(140_400_000, 115_200_000, 144_000_000),
    // P4: 李娜 10 + 王磊 3 (01-04, 01-19, 03-15) = 13 ÷ 118
    p4: { visits: 13, workingDays: 118, rate: fraction(13, 118) },
    // P5: owned on 03-31: A, D, F, C, G = 5; new: A, D, C = 3; new potential: A, D, C, F, G = 5
    p5: { ownedAtEnd: 5, newInPeriod: 3, newPotential: 5 },
    // P6: led 1,230,000 + 452,000 = 1,682,000; installation 119,000; lcd-wall 0; control 113,000
    //     → 1,914,000 元
    p6: {
      totalMinor: 191_400_000,
      lines: { led: 168_200_000, installation: 11_900_000, 'lcd-wall': 0, control: 11_300_000 },
    },
    // P7 费用: 1,280.00 + 860.00 = 2,140.00 元
    expensesMinor: 214_000,
  },
  '2027': {
    // P1: 1,405,500 + 565,000 = 1,970,500 元 ÷ 7,200,000 / ÷ 9,000,000
    p1: attainment(197_050_000, 720_000_000, 900_000_000),
    // P2: 457,669.89 + 180,000 = 637,669.89 元 ÷ 2,160,000 / ÷ 2,700,000
    p2: attainment(63_766_989, 216_000_000, 270_000_000),
    // P3: received 1,404,000; opening 0; falling due 1,449,000 + 565,000 = 2,014,000
    p3: {
      receivedMinor: 140_400_000,
      openingMinor: 0,
      fallingDueMinor: 201_400_000,
      rate: fraction(140_400_000, 201_400_000),
    },
    // P7: 1,404,000 ÷ 5,760,000 / ÷ 7,200,000
    collectionsAttainment: attainment(140_400_000, 576_000_000, 720_000_000),
    // P4: 11 + 3 = 14 ÷ 498
    p4: { visits: 14, workingDays: 498, rate: fraction(14, 498) },
    // P5: owned: A, D, F, H, C, G = 6; new: A, D, C = 3; new potential: 6
    p5: { ownedAtEnd: 6, newInPeriod: 3, newPotential: 6 },
    // P6: led 1,682,000; installation 119,000; lcd-wall 0; control 113,000 + 56,500 = 169,500 → 1,970,500
    p6: {
      totalMinor: 197_050_000,
      lines: { led: 168_200_000, installation: 11_900_000, 'lcd-wall': 0, control: 16_950_000 },
    },
    expensesMinor: 214_000,
  },
};
