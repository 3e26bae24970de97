import { appraiseByHand } from './appraisal-by-hand';
import { SALES_QUARTER_SCHEME, handSchemeOf } from './quarter-schemes';

const scheme = handSchemeOf(SALES_QUARTER_SCHEME);

describe('the appraisal worked by hand (the yardstick of the end-to-end tests)', () => {
  it('李娜’s quarter: 101.74, A, 23,560.00 元 (see appraisal-quarter.int-spec.ts for the arithmetic)', () => {
    expect(
      appraiseByHand(scheme, {
        figures: { 'P1.realistic': '1.605952', P3: '0.893504', P4: '0.169492' },
        qualitativeScore: 80,
        previousConsecutiveMisses: 0,
        basisMinor: 83_900_000,
        targetMinor: 67_200_000,
      }),
    ).toEqual({
      points: { 'P1.realistic': '140.00', P3: '78.70', P4: '60.00' },
      score: '101.74',
      grade: 'A',
      missed: false,
      consecutiveMisses: 0,
      ladderStep: 'none',
      commissionMinor: 2_356_000,
      payoutMinor: 2_356_000,
    });
  });

  it('a second consecutive miss: penalty 2,000.00 元 off the commission; below target no accelerator', () => {
    // P1 0.6 → (0.6 − 0.5) ÷ 0.5 × 100 = 20; P3 null → 0; P4 0.1 → 0; 20 × 40% + 50 × 30% = 23.00 → D.
    // 300,000 元 collected, target 672,000: 1% = 3,000.00 元 × 1 − 2,000.00 = 1,000.00 元.
    expect(
      appraiseByHand(scheme, {
        figures: { 'P1.realistic': '0.6', P3: null, P4: '0.1' },
        qualitativeScore: 50,
        previousConsecutiveMisses: 1,
        basisMinor: 30_000_000,
        targetMinor: 67_200_000,
      }),
    ).toMatchObject({
      score: '23.00',
      grade: 'D',
      ladderStep: 'penalty',
      commissionMinor: 300_000,
      payoutMinor: 100_000,
    });
  });

  it('exactly 100% of target takes ×1.5; the cap holds the commission at 30,000.00 元', () => {
    // 672,000 元 = 100%: 5,000 + 172,000 × 2% = 3,440 → 8,440 × 1.5 = 12,660.00 元
    expect(
      appraiseByHand(scheme, {
        figures: {},
        qualitativeScore: 0,
        previousConsecutiveMisses: 2,
        basisMinor: 67_200_000,
        targetMinor: 67_200_000,
      }),
    ).toMatchObject({
      ladderStep: 'elimination-warning',
      commissionMinor: 1_266_000,
      payoutMinor: 1_266_000,
    });
    // 2,000,000 元 ≥ 120%: 5,000 + 1,500,000 × 2% = 35,000 × 2 = 70,000 → capped at 30,000.00 元
    expect(
      appraiseByHand(scheme, {
        figures: {},
        qualitativeScore: 0,
        previousConsecutiveMisses: 0,
        basisMinor: 200_000_000,
        targetMinor: 67_200_000,
      }).commissionMinor,
    ).toBe(3_000_000);
  });
});
