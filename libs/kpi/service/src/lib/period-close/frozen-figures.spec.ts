import { KPI_FIGURE_IDS } from '@sales/kpi/events';
import { parsePeriod } from '@sales/kpi/projections';
import { snapshotOf } from '../fact-store/fact-source.port';
import { compute, figuresOf } from '../figures/figure-values';
import { KnownFacts } from '../figures/known-facts';
import { frozenFigure, frozenSubject } from './frozen-figures';

describe('figures as frozen', () => {
  const query = {
    subject: { kind: 'person', personId: 'p-li' } as const,
    subjectKey: 'person:p-li',
    period: parsePeriod('2027-Q1')!,
    asOf: '2027-04-02',
  };
  const computation = compute(query, new KnownFacts(snapshotOf([]), Infinity), new Map(), '2027-04-02');

  it('every catalogue figure, in order; nothing known: counts and money 0, rates null with the reason', () => {
    const subject = frozenSubject(
      { kind: 'person', id: 'p-li' },
      '李娜',
      computation,
      figuresOf(computation),
    );
    expect(subject.figures.map((f) => f.figureId)).toEqual([...KPI_FIGURE_IDS]);
    const byId = Object.fromEntries(subject.figures.map((f) => [f.figureId, f]));
    expect(byId['P5.owned']).toEqual({
      figureId: 'P5.owned',
      unit: 'count',
      value: '0',
      display: '0',
      reason: null,
    });
    expect(byId['P7.overdueReceivables']).toEqual({
      figureId: 'P7.overdueReceivables',
      unit: 'money',
      value: '0',
      display: '0.00 元',
      reason: null,
    });
    expect(byId['P1.realistic']).toMatchObject({ value: null, display: '—', reason: expect.any(String) });
    expect(byId['P5.byGrade']).toMatchObject({ value: null, display: 'A 0 · B 0 · C 0 · D 0 · 未分级 0' });
    expect(subject.amounts).toEqual({
      signedMinor: 0,
      grossMarginMinor: 0,
      collectedMinor: 0,
      targets: {
        sales: { realisticMinor: null, stretchMinor: null },
        grossMargin: { realisticMinor: null, stretchMinor: null },
        collections: { realisticMinor: null, stretchMinor: null },
      },
    });
    expect(subject.explain).toBe('/kpi/figures/explain?subject=person:p-li&period=2027-Q1&asOf=2027-04-02');
  });

  it('a rate keeps its exact decimal, an average per working day too, money its 分', () => {
    const rate = { numerator: 5, denominator: 6, value: '0.833333', display: '83.3%' };
    const base = { name: { zh: '', en: '' }, formula: { zh: '', en: '' }, inputs: {} };
    expect(frozenFigure({ ...base, id: 'P3', unit: 'rate', value: rate })).toEqual({
      figureId: 'P3',
      unit: 'rate',
      value: '0.833333',
      display: '83.3%',
      reason: null,
    });
    expect(
      frozenFigure({
        ...base,
        id: 'P4',
        unit: 'per-working-day',
        value: { ...rate, value: '2.5', display: '2.5' },
      }),
    ).toMatchObject({ value: '2.5' });
    expect(
      frozenFigure({
        ...base,
        id: 'P7.overdueReceivables',
        unit: 'money',
        value: { amountMinor: 123_456, currency: 'CNY', display: '1,234.56 元' },
      }),
    ).toMatchObject({ value: '123456', display: '1,234.56 元' });
  });
});
