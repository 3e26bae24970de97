import { payoutOf } from './commission';
import type { CommissionTable } from './scheme-version';
import { amounts, salesRules } from './testing/scheme-fixtures';

/*
 * The fixture's table, on collections (回款), target 400,000 元:
 *   tiers      0 → 2%, 100,000 元 → 3%, 300,000 元 → 5%
 *   accelerators  1× below 100% of target, 1.5× from 100%, 2× from 120% (lower bound inclusive)
 *   cap        30,000 元
 * Every amount below is worked out by hand in the comment above its expectation.
 */
const rules = salesRules();
const full: CommissionTable = rules.commission;
const excess: CommissionTable = { ...full, mode: 'excess' };
const pay = (table: CommissionTable, collectedMinor: number, step: 'none' | 'penalty' = 'none') =>
  payoutOf(table, amounts(collectedMinor), rules.ladder, step);
const lineAmounts = (payout: ReturnType<typeof pay>) => payout.lines.map((l) => [l.kind, l.amountMinor]);

describe('commission (提成): 全额累进 and 超额累进 on the same figures', () => {
  it('350,000 元 collected (87.5% of target, 1×): full 17,500 元, excess 10,500 元', () => {
    // full:   350,000 ≥ 300,000 → the whole amount at 5%: 350,000 × 5% = 17,500.00
    // excess: 100,000 × 2% = 2,000.00; 200,000 × 3% = 6,000.00; 50,000 × 5% = 2,500.00 → 10,500.00
    const f = pay(full, 35_000_000);
    const e = pay(excess, 35_000_000);
    expect(f.amountMinor).toBe(1_750_000);
    expect(e.amountMinor).toBe(1_050_000);
    expect(lineAmounts(f)).toEqual([
      ['tier', 1_750_000],
      ['accelerator', 0],
      ['cap', 0],
    ]);
    expect(lineAmounts(e)).toEqual([
      ['tier', 200_000],
      ['tier', 600_000],
      ['tier', 250_000],
      ['accelerator', 0],
      ['cap', 0],
    ]);
    expect(f.attainmentPercent).toBe('87.50');
    expect(f.multiplier).toBe('1');
    expect(f.display).toBe('17,500.00 元');
    expect(e.lines[2].how).toBe('超额累进第 3 档（300,000.00 元 以上）：50,000.00 元 × 5% = 2,500.00 元');
    expect(f.lines[0].how).toBe(
      '全额累进：回款 350,000.00 元 达到第 3 档（≥ 300,000.00 元），350,000.00 元 × 5% = 17,500.00 元',
    );
  });

  it('exactly 100% of target takes the 1.5× accelerator (lower bound inclusive); the cap is not cut when reached exactly', () => {
    // 400,000 元 = 100.00% of target → 1.5×
    // full:   400,000 × 5% = 20,000.00; accelerator 20,000 × 0.5 = 10,000.00 → 30,000.00 = the cap, nothing cut
    // excess: 2,000.00 + 6,000.00 + 100,000 × 5% = 5,000.00 → 13,000.00; accelerator 13,000 × 0.5 = 6,500.00 → 19,500.00
    const f = pay(full, 40_000_000);
    const e = pay(excess, 40_000_000);
    expect(f.attainmentPercent).toBe('100.00');
    expect(f.multiplier).toBe('1.5');
    expect(lineAmounts(f)).toEqual([
      ['tier', 2_000_000],
      ['accelerator', 1_000_000],
      ['cap', 0],
    ]);
    expect(f.amountMinor).toBe(3_000_000);
    expect(lineAmounts(e)).toEqual([
      ['tier', 200_000],
      ['tier', 600_000],
      ['tier', 500_000],
      ['accelerator', 650_000],
      ['cap', 0],
    ]);
    expect(e.amountMinor).toBe(1_950_000);
  });

  it('one fen below 100% stays at 1×, each line rounded half-up to the fen', () => {
    // 399,999.99 元 = 39,999,999 分 → 99.9999975% → 1×
    // full:   39,999,999 × 5% = 1,999,999.95 分 → 2,000,000 分 (20,000.00 元)
    // excess: 200,000 + 600,000 + 9,999,999 × 5% = 499,999.95 → 500,000 分 → 1,300,000 分 (13,000.00 元)
    // the attainment is cut, not rounded, so it does not show the 100.00% it missed
    expect(pay(full, 39_999_999)).toMatchObject({
      amountMinor: 2_000_000,
      multiplier: '1',
      attainmentPercent: '99.99',
    });
    expect(pay(excess, 39_999_999).amountMinor).toBe(1_300_000);
  });

  it('exactly 120% of target takes 2×, and the cap cuts the excess, shown as its own line', () => {
    // 480,000 元 = 120.00% → 2×
    // full:   480,000 × 5% = 24,000.00; accelerator 24,000 × 1 = 24,000.00 → 48,000.00; cap 30,000 → −18,000.00
    // excess: 2,000 + 6,000 + 180,000 × 5% = 9,000 → 17,000.00; accelerator +17,000.00 → 34,000.00; cap → −4,000.00
    const f = pay(full, 48_000_000);
    const e = pay(excess, 48_000_000);
    expect(f.multiplier).toBe('2');
    expect(lineAmounts(f)).toEqual([
      ['tier', 2_400_000],
      ['accelerator', 2_400_000],
      ['cap', -1_800_000],
    ]);
    expect(f.amountMinor).toBe(3_000_000);
    expect(lineAmounts(e)).toEqual([
      ['tier', 200_000],
      ['tier', 600_000],
      ['tier', 900_000],
      ['accelerator', 1_700_000],
      ['cap', -400_000],
    ]);
    expect(e.amountMinor).toBe(3_000_000);
    expect(f.lines[2].how).toBe('封顶 30,000.00 元：48,000.00 元 → 30,000.00 元');
  });

  it('between 100% and 120% stays at 1.5×; without a cap nothing is cut', () => {
    // 479,999.99 元 → 119.9999975% → 1.5×; no cap
    // full: 47,999,999 × 5% = 2,399,999.95 → 2,400,000 分; × 0.5 = 1,200,000 → 3,600,000 分 (36,000.00 元)
    const uncapped: CommissionTable = { ...full, capMinor: undefined };
    const f = pay(uncapped, 47_999_999);
    expect(f.multiplier).toBe('1.5');
    expect(lineAmounts(f)).toEqual([
      ['tier', 2_400_000],
      ['accelerator', 1_200_000],
    ]);
  });

  it('a tier is reached at its lower bound exactly: 100,000 元 is all at 3% in full mode, 2% in excess', () => {
    // full: 100,000 × 3% = 3,000.00 (25% of target, 1×); excess: 100,000 × 2% = 2,000.00 (the 3% slice is empty)
    expect(pay(full, 10_000_000).amountMinor).toBe(300_000);
    expect(lineAmounts(pay(excess, 10_000_000))).toEqual([
      ['tier', 200_000],
      ['accelerator', 0],
      ['cap', 0],
    ]);
  });

  it('nothing collected (or net refunds) pays nothing; no target means no accelerator', () => {
    expect(pay(full, -5_000).amountMinor).toBe(0);
    const noTarget = payoutOf(
      full,
      amounts(48_000_000, {
        targets: {
          sales: { realisticMinor: null, stretchMinor: null },
          grossMargin: { realisticMinor: null, stretchMinor: null },
          collections: { realisticMinor: null, stretchMinor: null },
        },
      }),
      rules.ladder,
      'none',
    );
    // 480,000 × 5% = 24,000.00 at 1× (no target to measure attainment against), under the cap
    expect(noTarget).toMatchObject({
      amountMinor: 2_400_000,
      attainmentPercent: null,
      multiplier: '1',
      targetMinor: null,
    });
  });

  it('measures on the signed amount or gross margin against their own targets when the table says so', () => {
    const onMargin: CommissionTable = { ...full, basis: 'gross-margin', capMinor: undefined };
    const payout = payoutOf(
      onMargin,
      amounts(0, {
        grossMarginMinor: 12_000_000,
        targets: {
          sales: { realisticMinor: null, stretchMinor: null },
          grossMargin: { realisticMinor: 10_000_000, stretchMinor: null },
          collections: { realisticMinor: null, stretchMinor: null },
        },
      }),
      rules.ladder,
      'none',
    );
    // 120,000 毛利 at 3% = 3,600.00; 120% of the 100,000 target → 2× → 7,200.00
    expect(payout).toMatchObject({
      basisAmountMinor: 12_000_000,
      attainmentPercent: '120.00',
      amountMinor: 720_000,
    });
  });

  it('the penalty (2nd consecutive miss) is deducted last and never takes the payout below 0', () => {
    // 15,000 元 collected: 15,000 × 2% = 300.00; penalty 500.00 → only 300.00 can be deducted
    const payout = pay(full, 1_500_000, 'penalty');
    expect(lineAmounts(payout)).toEqual([
      ['tier', 30_000],
      ['accelerator', 0],
      ['cap', 0],
      ['penalty', -30_000],
    ]);
    expect(payout.amountMinor).toBe(0);
    expect(payout.lines[3].how).toContain('以提成为限');
    // 150,000 元: 150,000 × 3% = 4,500.00 − 500.00 = 4,000.00
    expect(pay(full, 15_000_000, 'penalty').amountMinor).toBe(400_000);
  });

  it('every line shows its amount in 元 and the lines add up to the payout', () => {
    for (const table of [full, excess]) {
      for (const collected of [0, 1, 9_999_999, 35_000_000, 40_000_000, 48_000_000, 99_999_999]) {
        const payout = pay(table, collected);
        expect(payout.lines.reduce((sum, l) => sum + l.amountMinor, 0)).toBe(payout.amountMinor);
        for (const line of payout.lines) expect(line.display).toMatch(/^-?[\d,]+\.\d{2} 元$/);
      }
    }
  });
});
