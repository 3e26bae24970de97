import { exclusiveOf, marginOf } from './gross-margin';

describe('毛利 gross margin, tax-exclusive in integer fen (K3)', () => {
  it('each line loses its VAT (rounded half up to the fen), then the cost estimate is taken off', () => {
    const margin = marginOf(
      [
        { productLineId: 'led', amountMinor: 80_000_000, vatBasisPoints: 1300 },
        { productLineId: 'installation', amountMinor: 20_000_000, vatBasisPoints: 900 },
      ],
      60_000_000,
    );
    // 80,000,000 ÷ 1.13 = 70,796,460.18 → 70,796,460; 20,000,000 ÷ 1.09 = 18,348,623.85 → 18,348,624.
    expect(margin.lines.map((l) => [l.amountExclusiveMinor, l.vatMinor])).toEqual([
      [70_796_460, 9_203_540],
      [18_348_624, 1_651_376],
    ]);
    expect(margin.amountExclusiveMinor).toBe(89_145_084);
    expect(margin.grossMarginMinor).toBe(29_145_084);
    // 29,145,084 ÷ 89,145,084 = 32.69399 % → 3269 basis points.
    expect(margin.marginRateBasisPoints).toBe(3269);
  });

  it('rounds half up exactly where a float would not, also for the largest amounts', () => {
    // 113 fen at 13%: exactly 100; 565 fen at 13% = 500; 1 fen at 13% = 0.88 → 1.
    expect(exclusiveOf(113, 1300)).toBe(100);
    expect(exclusiveOf(1, 1300)).toBe(1);
    // A true half: 64 fen at 2.4% is 62.5 fen excl. VAT → 63.
    expect(exclusiveOf(64, 240)).toBe(63);
    expect(exclusiveOf(Number.MAX_SAFE_INTEGER, 0)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('a cost above the revenue gives a negative margin and rate, rounded away from zero', () => {
    const margin = marginOf([{ productLineId: 'led', amountMinor: 11_300, vatBasisPoints: 1300 }], 10_001);
    expect(margin.grossMarginMinor).toBe(-1);
    expect(margin.marginRateBasisPoints).toBe(-1);
  });
});
