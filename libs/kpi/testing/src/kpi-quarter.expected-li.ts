import {
  type AttainmentFigure,
  type ExpectedPeriod,
  type ExpectedPeriodFigures,
  fraction,
} from './kpi-quarter.expected-types';

/** Achieved against the two target levels (the same three literals, arranged; nothing computed). */
export const attainment = (achieved: number, realistic: number, stretch: number): AttainmentFigure => ({
  achievedMinor: achieved,
  targetRealisticMinor: realistic,
  targetStretchMinor: stretch,
  realistic: fraction(achieved, realistic),
  stretch: fraction(achieved, stretch),
});

/*
 * 李娜 (p-li, 华东). Her contracts: k-kpi-li-1 (A, 01-12, 1,239,000 元, 毛利 400,000),
 * k-kpi-li-2 (A, 01-18, 226,000, 毛利 50,000, TERMINATED 03-19), k-kpi-li-3 (D, 03-05, 110,000,
 * 毛利 37,669.89), k-kpi-li-4 (A, 04-01, 56,500, 毛利 20,000). Targets (元): sales Q1 840,000 /
 * 1,080,000, year 4,200,000 / 5,400,000; margin Q1 252,000 / 324,000, year 1,260,000 / 1,620,000;
 * collections Q1 672,000 / 864,000, year 3,360,000 / 4,320,000; a month of Q1 = Q1 ÷ 3.
 * Working days (the 2027 sample calendar): January 20, Q1 59, 2027 249.
 */
export const EXPECTED_LI: Readonly<Record<ExpectedPeriod, ExpectedPeriodFigures>> = {
  '2027-01': {
    // P1: 1,239,000 (li-1) + 226,000 (li-2, terminated only in March: it counts here) = 1,465,000 元
    //     ÷ 840,000 ÷ 3 = 280,000 元 realistic; ÷ 1,080,000 ÷ 3 = 360,000 元 stretch
    p1: attainment(146_500_000, 28_000_000, 36_000_000),
    // P2: 400,000 + 50,000 = 450,000 元 ÷ 252,000 ÷ 3 = 84,000 (stretch 324,000 ÷ 3 = 108,000)
    p2: attainment(45_000_000, 8_400_000, 10_800_000),
    // P3: received 239,000 (pay-kpi-li1-1, 01-15); opening 0 (nothing before 2027);
    //     falling due in January: inv-kpi-li1-1 239,000 (01-15) + inv-kpi-li2-1 100,000 (01-25) = 339,000
    //     → 239,000 ÷ (0 + 339,000)
    p3: {
      receivedMinor: 23_900_000,
      openingMinor: 0,
      fallingDueMinor: 33_900_000,
      rate: fraction(23_900_000, 33_900_000),
    },
    // P7 回款达成率: 239,000 ÷ (672,000 ÷ 3 = 224,000) realistic; ÷ (864,000 ÷ 3 = 288,000) stretch
    collectionsAttainment: attainment(23_900_000, 22_400_000, 28_800_000),
    // P4: counted visits 01-04 A, 01-12 A, 01-14 D (joint), 01-18 A, 01-20 D = 5
    //     (01-04 A again and the 01-04 phone call to D do not count) ÷ 20 working days
    p4: { visits: 5, workingDays: 20, rate: fraction(5, 20) },
    // P5: owned on 01-31: A, D = 2; new (first contract in January): A (li-1, 01-12) = 1;
    //     new potential (registered in January): A, D (01-04) = 2
    p5: { ownedAtEnd: 2, newInPeriod: 1, newPotential: 2 },
    // P6: led 1,130,000; installation 109,000; lcd-wall 226,000 → 1,465,000 元
    p6: {
      totalMinor: 146_500_000,
      lines: { led: 113_000_000, installation: 10_900_000, 'lcd-wall': 22_600_000 },
    },
    // P7 费用: 1,280.00 元 (travel, 01-14, approved by 陈志强)
    expensesMinor: 128_000,
  },
  '2027-Q1': {
    // P1: 1,239,000 + 226,000 + 110,000 (li-3, 03-05) − 226,000 (li-2 signed AND terminated in Q1:
    //     counts zero) = 1,349,000 元 ÷ 840,000 / ÷ 1,080,000
    p1: attainment(134_900_000, 84_000_000, 108_000_000),
    // P2: 400,000 + 50,000 + 37,669.89 − 50,000 = 437,669.89 元 (43,766,989 fen)
    //     li-3: 8,849,558 + 917,431 − 6,000,000 = 3,766,989 fen (see kpi-quarter.deals.ts)
    //     ÷ 252,000 / ÷ 324,000
    p2: attainment(43_766_989, 25_200_000, 32_400_000),
    // P3: received 239,000 (01-15) + 600,000 (pay-kpi-li1-2, 03-10, entered 04-02) = 839,000; opening 0;
    //     falling due in Q1: inv-kpi-li1-1 239,000 (01-15) + inv-kpi-li2-1 100,000 (01-25, due before the
    //     termination: stays) + inv-kpi-li1-2 600,000 (02-26) = 939,000; inv-kpi-li2-2 126,000 (due 03-31)
    //     is left out — k-kpi-li-2 was terminated 03-19 before it fell due → 839,000 ÷ 939,000
    p3: {
      receivedMinor: 83_900_000,
      openingMinor: 0,
      fallingDueMinor: 93_900_000,
      rate: fraction(83_900_000, 93_900_000),
    },
    // P7: 839,000 ÷ 672,000 / ÷ 864,000
    collectionsAttainment: attainment(83_900_000, 67_200_000, 86_400_000),
    // P4: January's 5 + 02-05 A, 02-10 D (a holiday: not a working day, the visit counts),
    //     02-20 A (调休 Saturday), 03-05 D, 03-19 A (joint) = 10 (the 02-20 phone call does not count)
    //     ÷ 59 working days (20 + 16 + 23)
    p4: { visits: 10, workingDays: 59, rate: fraction(10, 59) },
    // P5: owned on 03-31: A, D, F (registered 03-22) = 3; new: A (01-12), D (li-3, 03-05) = 2;
    //     new potential: A, D, F = 3
    p5: { ownedAtEnd: 3, newInPeriod: 2, newPotential: 3 },
    // P6: led 1,130,000 + 100,000 = 1,230,000; installation 109,000 + 10,000 = 119,000;
    //     lcd-wall 226,000 − 226,000 = 0 → 1,349,000 元
    p6: {
      totalMinor: 134_900_000,
      lines: { led: 123_000_000, installation: 11_900_000, 'lcd-wall': 0 },
    },
    expensesMinor: 128_000,
  },
  '2027': {
    // P1: Q1's 1,349,000 + 56,500 (li-4, 04-01) = 1,405,500 元 ÷ 4,200,000 / ÷ 5,400,000
    p1: attainment(140_550_000, 420_000_000, 540_000_000),
    // P2: 437,669.89 + 20,000 = 457,669.89 元 ÷ 1,260,000 / ÷ 1,620,000
    p2: attainment(45_766_989, 126_000_000, 162_000_000),
    // P3: received 839,000 (nothing else of hers is paid); opening 0; falling due in 2027:
    //     Q1's 939,000 + inv-kpi-li3-1 110,000 (04-30) + inv-kpi-li1-3 400,000 (05-31) = 1,449,000
    //     (inv-kpi-li2-2 still out: terminated) → 839,000 ÷ 1,449,000
    p3: {
      receivedMinor: 83_900_000,
      openingMinor: 0,
      fallingDueMinor: 144_900_000,
      rate: fraction(83_900_000, 144_900_000),
    },
    // P7: 839,000 ÷ 3,360,000 / ÷ 4,320,000
    collectionsAttainment: attainment(83_900_000, 336_000_000, 432_000_000),
    // P4: Q1's 10 + 04-01 A = 11 ÷ 249 working days of 2027
    p4: { visits: 11, workingDays: 249, rate: fraction(11, 249) },
    // P5: owned on 12-31 (as known on 04-02): A, D, F, H (04-02) = 4; new: A, D = 2 (li-4 is A's
    //     third contract); new potential: A, D, F, H = 4
    p5: { ownedAtEnd: 4, newInPeriod: 2, newPotential: 4 },
    // P6: Q1 + control 56,500 → led 1,230,000; installation 119,000; lcd-wall 0; control 56,500 = 1,405,500
    p6: {
      totalMinor: 140_550_000,
      lines: { led: 123_000_000, installation: 11_900_000, 'lcd-wall': 0, control: 5_650_000 },
    },
    expensesMinor: 128_000,
  },
};
