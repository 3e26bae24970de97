import { DomainError, specify } from '@sales/shared/domain';
import { schemeDecider } from './scheme';
import type { SchemeRules } from './scheme-version';
import { salesRules } from './testing/scheme-fixtures';
import { schemeSet, setScheme } from './testing/scheme-history';

const spec = specify(schemeDecider);
const refused = (rules: SchemeRules, code: string) =>
  spec.given([]).when(setScheme(rules)).thenThrows(DomainError, code);
const base = salesRules();
const commission = base.commission;

describe('scheme: weights make exactly 100%', () => {
  it('95% in all is refused, naming the field and the sum', () => {
    const error = refused({ ...base, qualitativeWeightPercent: 15 }, 'scheme-weights-not-100');
    expect(error.details).toEqual({ field: 'weightPercent', sumPercent: '95' });
  });

  it('more than 100% too', () => {
    expect(
      refused({ ...base, qualitativeWeightPercent: 20.5 }, 'scheme-weights-not-100').details?.['sumPercent'],
    ).toBe('100.5');
  });

  it('sums exactly on hundredths: 64.07 + 0.1 + 35.83 is 100 (a float sum says 99.99999999999999)', () => {
    const kpis = [
      { ...base.kpis[0], weightPercent: 64.07 },
      { ...base.kpis[1], weightPercent: 0.1 },
    ];
    expect(64.07 + 0.1 + 35.83).not.toBe(100);
    spec
      .given([])
      .when(setScheme({ ...base, kpis, qualitativeWeightPercent: 35.83 }))
      .then([schemeSet({ ...base, kpis, qualitativeWeightPercent: 35.83 })]);
  });

  it('a weight with more than 2 decimals is refused, naming it', () => {
    const kpis = [{ ...base.kpis[0], weightPercent: 39.995 }, ...base.kpis.slice(1)];
    expect(refused({ ...base, kpis }, 'scheme-number-invalid').details?.['field']).toBe(
      'kpis[0].weightPercent',
    );
  });
});

describe('scheme: KPIs and curves', () => {
  it('an unknown figure id is refused', () => {
    const kpis = [{ ...base.kpis[0], figureId: 'P9' }, ...base.kpis.slice(1)];
    expect(refused({ ...base, kpis }, 'scheme-unknown-figure').details).toEqual({
      field: 'kpis[0].figureId',
      figureId: 'P9',
    });
  });

  it('a distribution (P6) has no value to score', () => {
    const kpis = [{ ...base.kpis[0], figureId: 'P6' }, ...base.kpis.slice(1)];
    refused({ ...base, kpis }, 'scheme-figure-not-scorable');
  });

  it('a figure twice is refused', () => {
    const kpis = [base.kpis[0], { ...base.kpis[1], figureId: base.kpis[0].figureId }, base.kpis[2]];
    refused({ ...base, kpis }, 'scheme-kpi-duplicate');
  });

  it('a linear curve needs floor ≠ target, a cap beyond the target, and decimal text', () => {
    const withCurve = (curve: SchemeRules['kpis'][number]['curve']) => ({
      ...base,
      kpis: [{ ...base.kpis[0], curve }, ...base.kpis.slice(1)],
    });
    refused(withCurve({ kind: 'linear', floor: '1', target: '1' }), 'scheme-curve-flat');
    refused(
      withCurve({ kind: 'linear', floor: '0.6', target: '1', cap: '0.9' }),
      'scheme-cap-not-beyond-target',
    );
    refused(withCurve({ kind: 'linear', floor: '5', target: '0', cap: '1' }), 'scheme-cap-not-beyond-target');
    expect(
      refused(withCurve({ kind: 'linear', floor: '60%', target: '1' }), 'scheme-decimal-invalid').details?.[
        'field'
      ],
    ).toBe('kpis[0].curve.floor');
  });

  it('bands must rise strictly (no overlap)', () => {
    const curve = {
      kind: 'bands' as const,
      bands: [
        { from: '0', points: 0 },
        { from: '2', points: 60 },
        { from: '2', points: 100 },
      ],
    };
    const error = refused(
      { ...base, kpis: [base.kpis[0], base.kpis[1], { ...base.kpis[2], curve }] },
      'scheme-bands-unsorted',
    );
    expect(error.details).toMatchObject({
      field: 'kpis[2].curve.bands[2].from',
      from: '2',
      previousFrom: '2',
    });
  });
});

describe('scheme: grades, misses and the ladder', () => {
  it('grade bands fall strictly from the highest, and the lowest starts at 0', () => {
    const unsorted = [
      { grade: 'A', minScore: 90 },
      { grade: 'B', minScore: 95 },
      { grade: 'D', minScore: 0 },
    ];
    expect(
      refused(
        { ...base, gradeBands: unsorted, miss: { kind: 'grades', grades: ['D'] } },
        'scheme-grade-bands-unsorted',
      ).details,
    ).toMatchObject({
      field: 'gradeBands[1].minScore',
    });
    refused(
      {
        ...base,
        gradeBands: [
          { grade: 'A', minScore: 90 },
          { grade: 'D', minScore: 10 },
        ],
      },
      'scheme-grade-bands-open',
    );
    refused(
      {
        ...base,
        gradeBands: [
          { grade: 'A', minScore: 90 },
          { grade: 'A', minScore: 0 },
        ],
      },
      'scheme-grade-duplicate',
    );
  });

  it('a miss grade must be one of the grades', () => {
    refused({ ...base, miss: { kind: 'grades', grades: ['E'] } }, 'scheme-miss-grade-unknown');
  });

  it('the ladder’s texts are required', () => {
    const error = refused(
      { ...base, ladder: { ...base.ladder, eliminationWarning: { text: ' ' } } },
      'scheme-field-required',
    );
    expect(error.details).toEqual({ field: 'ladder.eliminationWarning.text' });
  });
});

describe('scheme: the commission table', () => {
  const withTable = (table: Partial<SchemeRules['commission']>) => ({
    ...base,
    commission: { ...commission, ...table },
  });

  it('tiers start at 0 and rise strictly (overlap refused)', () => {
    refused(withTable({ tiers: [{ fromMinor: 100, ratePercent: 2 }] }), 'scheme-tiers-not-from-zero');
    const overlapping = [
      { fromMinor: 0, ratePercent: 2 },
      { fromMinor: 10_000_000, ratePercent: 3 },
      { fromMinor: 10_000_000, ratePercent: 5 },
    ];
    expect(refused(withTable({ tiers: overlapping }), 'scheme-tiers-unsorted').details).toMatchObject({
      field: 'commission.tiers[2].fromMinor',
    });
  });

  it('an accelerator below 1 is refused; accelerators rise strictly', () => {
    const slow = [
      { fromAttainment: 0, multiplier: 1 },
      { fromAttainment: 100, multiplier: 0.9 },
    ];
    expect(refused(withTable({ accelerators: slow }), 'scheme-accelerator-below-one').details).toEqual({
      field: 'commission.accelerators[1].multiplier',
      multiplier: 0.9,
    });
    const unsorted = [
      { fromAttainment: 120, multiplier: 2 },
      { fromAttainment: 100, multiplier: 1.5 },
    ];
    refused(withTable({ accelerators: unsorted }), 'scheme-accelerators-unsorted');
  });

  it('rates within 0–100%, a positive cap, a currency, a known basis and mode', () => {
    refused(withTable({ tiers: [{ fromMinor: 0, ratePercent: 120 }] }), 'scheme-number-invalid');
    expect(refused(withTable({ capMinor: 0 }), 'scheme-number-invalid').details?.['field']).toBe(
      'commission.capMinor',
    );
    refused(withTable({ currency: 'RMB' }), 'scheme-currency-invalid');
    refused(withTable({ basis: 'profit' as never }), 'scheme-basis-invalid');
    refused(withTable({ mode: 'flat' as never }), 'scheme-mode-invalid');
  });
});
