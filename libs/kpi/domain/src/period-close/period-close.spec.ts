import Ajv2020 from 'ajv/dist/2020';
import { KPI_EVENT_CATALOGUE, KPI_FIGURE_IDS } from '@sales/kpi/events';
import { ConflictError, DomainError, specify } from '@sales/shared/domain';
import type { ClosePeriod } from './period-close-commands';
import type { FrozenFigure, FrozenSubject, PeriodCloseRecord, PeriodClosed } from './period-close-events';
import { periodCloseDecider, periodCloseStreamId } from './period-close';

const figures = (): FrozenFigure[] =>
  KPI_FIGURE_IDS.map((figureId) =>
    figureId === 'P6'
      ? { figureId, unit: 'share', value: null, display: '—', reason: 'a distribution has no single value' }
      : { figureId, unit: 'rate', value: '0.833333', display: '83.3%', reason: null },
  );

const li = (change: Partial<FrozenSubject> = {}): FrozenSubject => ({
  kind: 'person',
  id: 'p-li',
  name: '李娜',
  figures: figures(),
  amounts: {
    signedMinor: -5_000_000,
    grossMarginMinor: 40_000_000,
    collectedMinor: 60_000_000,
    targets: {
      sales: { realisticMinor: 100_000_000, stretchMinor: 120_000_000 },
      grossMargin: { realisticMinor: 30_000_000, stretchMinor: null },
      collections: { realisticMinor: null, stretchMinor: null },
    },
  },
  explain: '/kpi/figures/explain?subject=person:p-li&period=2027-Q1&asOf=2027-04-02',
  ...change,
});

const record = (change: Partial<PeriodCloseRecord> = {}): PeriodCloseRecord => ({
  requestId: 'cy-2027-q1',
  requestedBy: { context: 'appraisal', eventId: 'ev-closed-1' },
  period: { kind: 'quarter', label: '2027-Q1', from: '2027-01-01', to: '2027-03-31' },
  asOf: '2027-04-02',
  recordedBefore: '2027-04-02T01:00:00.000Z',
  readModelVersion: 1,
  currency: 'CNY',
  subjects: [li(), { ...li(), kind: 'division', id: 'd-east', name: '华东事业部' }],
  computedAt: '2027-04-02T01:00:02.000Z',
  ...change,
});

const closePeriod = (change: Partial<PeriodCloseRecord> = {}): ClosePeriod => ({
  type: 'ClosePeriod',
  data: record(change),
});
const periodClosed = (change: Partial<PeriodCloseRecord> = {}): PeriodClosed => ({
  type: 'PeriodClosed',
  data: record(change),
});

const { given } = specify(periodCloseDecider);

describe('考核期指标冻结 closing a period for a request', () => {
  it('the stream is per request', () => {
    expect(periodCloseStreamId('cy-2027-q1')).toBe('kpi-period-cy-2027-q1');
  });

  it('the first close freezes the figures as handed in', () => {
    given([]).when(closePeriod()).then([periodClosed()]);
  });

  it('a second close of the same request is refused, whatever it carries: the answer was given', () => {
    const refusal = given([periodClosed()])
      .when(
        closePeriod({ requestedBy: { context: 'appraisal', eventId: 'ev-closed-2' }, readModelVersion: 2 }),
      )
      .thenThrows(ConflictError, 'period-already-closed');
    expect(refusal.details).toEqual({ requestId: 'cy-2027-q1', closedAt: '2027-04-02T01:00:02.000Z' });
  });

  it('a close with no subjects is still an answer (a cycle of nobody)', () => {
    given([])
      .when(closePeriod({ subjects: [] }))
      .then([periodClosed({ subjects: [] })]);
  });

  it('a subject listed twice is refused', () => {
    const refusal = given([])
      .when(closePeriod({ subjects: [li(), li()] }))
      .thenThrows(DomainError, 'period-subject-twice');
    expect(refusal.details).toEqual({ subject: 'person:p-li' });
  });

  it.each([
    ['a figure left out', figures().slice(1), 'P1.realistic', ''],
    ['an unknown figure', [...figures(), { ...figures()[0], figureId: 'P9' }], '', 'P9'],
    ['the catalogue out of order', [...figures()].reverse(), '', ''],
  ] as const)('%s is refused, naming what is missing', (_, list, missing, unexpected) => {
    const refusal = given([])
      .when(closePeriod({ subjects: [li({ figures: list as FrozenFigure[] })] }))
      .thenThrows(DomainError, 'period-figures-incomplete');
    expect(refusal.details).toEqual({ subject: 'person:p-li', missing, unexpected });
  });
});

describe('考核期指标冻结 as other systems see it (kpi.KpiPeriodClosed.v1)', () => {
  const spec = KPI_EVENT_CATALOGUE.find((s) => s.type === 'KpiPeriodClosed' && s.schemaVersion === 1);
  const valid = new Ajv2020({ strict: false, validateFormats: false }).compile(spec?.schema ?? {});

  it('the close publishes everything frozen in the same commit, but not when it was computed', () => {
    const published = given([]).when(closePeriod()).published();
    const { computedAt: _internal, ...frozen } = record();
    expect(published).toEqual([{ type: 'KpiPeriodClosed', schemaVersion: 1, data: frozen }]);
    expect([valid(published[0].data), valid.errors]).toEqual([true, null]);
  });

  it('the schema holds every figure id and unit, nulls where the contract allows them, and refuses a float amount', () => {
    const data = given([]).when(closePeriod()).published()[0].data as { subjects: FrozenSubject[] };
    const withFloat = structuredClone(data);
    (withFloat.subjects[0].amounts as { signedMinor: number }).signedMinor = 1.5;
    expect(valid(withFloat)).toBe(false);
    const withNumber = structuredClone(data);
    (withNumber.subjects[0].figures[0] as { value: unknown }).value = 0.8;
    expect(valid(withNumber)).toBe(false);
  });
});
