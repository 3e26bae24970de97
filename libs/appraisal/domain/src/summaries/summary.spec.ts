import { type Actor, DomainError, ForbiddenError, NotFoundError, fold, specify } from '@sales/shared/domain';
import { team, who } from '../meetings/team.fixture';
import { figureTallyDecider } from './figure-tally';
import type { SubmitSummary, SummaryCommand } from './summary-commands';
import type { SummarySubmitted } from './summary-events';
import { type SummaryFact, summaryFigures } from './summary-figures';
import { lastPeriodPastDue, periodContaining, summaryPeriod } from './summary-period';
import { summarySettingsDecider } from './summary-settings';
import { type HandedInSummary, summaryDecider } from './summary';
import { listSummaries, missingSummaries } from './summary-list';

const march = summaryPeriod('2027-03')!;
const figures = summaryFigures([], march.from, march.to);
const spec = specify(summaryDecider);

const submit = (data: Partial<SubmitSummary['data']> = {}): SummaryCommand => ({
  type: 'SubmitSummary',
  data: {
    actor: who.li,
    personId: 'p-li',
    period: march,
    progress: '签约两单，回款 30 万',
    suggestions: '建议增加展会预算',
    figures,
    team,
    today: '2027-04-01',
    ...data,
  },
});
const submitted: SummarySubmitted = {
  type: 'SummarySubmitted',
  data: {
    personId: 'p-li',
    divisionId: 'd-east',
    period: '2027-03',
    cadence: 'monthly',
    from: '2027-03-01',
    to: '2027-03-31',
    dueOn: '2027-04-03',
    submittedOn: '2027-04-01',
    progress: '签约两单，回款 30 万',
    suggestions: '建议增加展会预算',
    figures,
  },
};
const acknowledge = (actor = who.wang): SummaryCommand => ({
  type: 'AcknowledgeSummary',
  data: { actor, comment: '收到', team, today: '2027-04-02' },
});
const archive = (actor = who.sun): SummaryCommand => ({
  type: 'ArchiveSummary',
  data: { actor, team, today: '2027-04-05' },
});
const markOverdue = (today: string): SummaryCommand => ({
  type: 'MarkSummaryOverdue',
  data: { personId: 'p-li', period: march, today },
});

describe('书面总结 written summaries (A5)', () => {
  describe('periods', () => {
    it('a month or an ISO week, due three days after it ends', () => {
      expect(march).toEqual({
        cadence: 'monthly',
        label: '2027-03',
        from: '2027-03-01',
        to: '2027-03-31',
        dueOn: '2027-04-03',
      });
      expect(summaryPeriod('2027-W01')).toMatchObject({
        from: '2027-01-04',
        to: '2027-01-10',
        dueOn: '2027-01-13',
      });
      expect(summaryPeriod('2026-W53')).toMatchObject({ from: '2026-12-28', to: '2027-01-03' });
      expect(summaryPeriod('2027-W53')).toBeUndefined();
      expect(summaryPeriod('2027-13')).toBeUndefined();
      expect(periodContaining('weekly', '2027-01-01').label).toBe('2026-W53');
      expect(periodContaining('monthly', '2024-02-29').to).toBe('2024-02-29');
    });

    it('the daily round looks at the latest period whose due date has passed', () => {
      expect(lastPeriodPastDue('monthly', '2027-04-03').label).toBe('2027-02');
      expect(lastPeriodPastDue('monthly', '2027-04-04').label).toBe('2027-03');
      expect(lastPeriodPastDue('weekly', '2027-04-01').label).toBe('2027-W12');
    });
  });

  it('the salesperson hands in their summary once the period is over, pre-filled figures with it', () => {
    spec.given([]).when(submit()).then([submitted]);
    spec
      .given([])
      .when(submit({ today: '2027-03-31' }))
      .events();
    const error = spec
      .given([])
      .when(submit({ today: '2027-03-30' }))
      .thenThrows(DomainError, 'summary-period-not-ended');
    expect(error.details).toEqual({ field: 'period', period: '2027-03', endsOn: '2027-03-31' });
  });

  it('only their own, as a salesperson; the progress is required', () => {
    spec
      .given([])
      .when(submit({ actor: who.zhao }))
      .thenThrows(ForbiddenError, 'summary-not-yours');
    spec
      .given([])
      .when(submit({ actor: who.wang, personId: 'p-wang' }))
      .thenThrows(ForbiddenError, 'summary-writer-role');
    spec
      .given([])
      .when(submit({ progress: ' ' }))
      .thenThrows(DomainError, 'summary-progress-required');
    spec
      .given([])
      .when(submit({ actor: { userId: 'p-x', role: 'salesperson' }, personId: 'p-x' }))
      .thenThrows(NotFoundError, 'summary-person-unknown');
  });

  it('may be handed in again until acknowledged', () => {
    spec
      .given([submitted])
      .when(submit({ progress: '补充：新增客户 3 家' }))
      .events();
    const acknowledged = spec.given([submitted]).when(acknowledge()).events();
    spec
      .given([submitted, ...acknowledged])
      .when(submit())
      .thenThrows(DomainError, 'summary-already-acknowledged');
  });

  it('nobody acknowledges their own summary; the manager, sales admin or VP do, once', () => {
    spec.given([submitted]).when(acknowledge(who.li)).thenThrows(ForbiddenError, 'summary-own');
    spec.given([submitted]).when(acknowledge(who.he)).thenThrows(ForbiddenError, 'summary-not-your-team');
    spec.given([submitted]).when(acknowledge(who.zhao)).thenThrows(ForbiddenError, 'summary-not-your-team');
    spec
      .given([submitted])
      .when(acknowledge())
      .then([
        {
          type: 'SummaryAcknowledged',
          data: { personId: 'p-li', period: '2027-03', by: 'p-wang', on: '2027-04-02', comment: '收到' },
        },
      ]);
    const acknowledged = spec.given([submitted]).when(acknowledge(who.sun)).events();
    spec
      .given([submitted, ...acknowledged])
      .when(acknowledge(who.vp))
      .thenThrows(DomainError, 'summary-already-acknowledged');
    spec.given([]).when(acknowledge()).thenThrows(NotFoundError, 'summary-not-found');
  });

  it('archived by the sales admin (acknowledging it if nobody had), once; never by the writer', () => {
    const archived = spec.given([submitted]).when(archive()).events();
    expect(archived.map((e) => e.type)).toEqual(['SummaryAcknowledged', 'SummaryArchived']);
    spec
      .given([submitted, ...archived])
      .when(archive())
      .thenThrows(DomainError, 'summary-already-archived');
    spec.given([submitted]).when(archive(who.li)).thenThrows(ForbiddenError, 'summary-own');
  });

  it('overdue once its due date passed with nothing handed in: announced once, never for one handed in', () => {
    spec.given([]).when(markOverdue('2027-04-03')).then([]);
    const marked = spec.given([]).when(markOverdue('2027-04-04')).events();
    expect(marked).toEqual([
      {
        type: 'SummaryOverdueMarked',
        data: { personId: 'p-li', period: '2027-03', dueOn: '2027-04-03', markedOn: '2027-04-04' },
      },
    ]);
    spec.given(marked).when(markOverdue('2027-04-05')).then([]);
    spec.given([submitted]).when(markOverdue('2027-04-05')).then([]);
    expect(spec.given([]).when(markOverdue('2027-04-04')).published()).toEqual([
      {
        type: 'SummaryOverdue',
        schemaVersion: 1,
        data: { personId: 'p-li', period: '2027-03', dueOn: '2027-04-03' },
      },
    ]);
  });

  it('publishes who handed in what and when; the text and figures stay internal', () => {
    const [published] = spec
      .given([])
      .when(submit({ today: '2027-04-05' }))
      .published();
    expect(published.data).toEqual({
      personId: 'p-li',
      divisionId: 'd-east',
      period: '2027-03',
      dueOn: '2027-04-03',
      submittedOn: '2027-04-05',
      late: true,
    });
  });

  it('lists in scope, and the salespeople missing a period’s summary', () => {
    const li = fold(summaryDecider, [submitted]) as HandedInSummary;
    expect(listSummaries([li], who.wang, team)).toHaveLength(1);
    expect(listSummaries([li], who.he, team)).toEqual([]);
    expect(listSummaries([li], who.zhao, team)).toEqual([]);
    expect(listSummaries([li], who.sun, team, { period: '2027-02' })).toEqual([]);
    const missing = (actor = who.vp) =>
      missingSummaries(march, team, new Set(['p-li']), actor, team, '2027-04-04').map((m) => m.personId);
    expect(missing()).toEqual(['p-zhao', 'p-chen']);
    expect(missing(who.wang)).toEqual(['p-zhao']);
    expect(missing(who.chen)).toEqual(['p-chen']);
    expect(
      missingSummaries(march, team, new Set(), who.vp, team, '2027-04-03').every((m) => !m.overdue),
    ).toBe(true);
  });

  describe('the cadence', () => {
    const set = (actor: Actor, cadence: 'weekly' | 'monthly') => ({
      type: 'SetSummaryCadence' as const,
      data: { actor, cadence, today: '2027-04-01' },
    });
    it('monthly until the VP or sales admin set it; others may not', () => {
      expect(summarySettingsDecider.initialState().cadence).toBe('monthly');
      specify(summarySettingsDecider)
        .given([])
        .when(set(who.sun, 'weekly'))
        .then([
          { type: 'SummaryCadenceSet', data: { cadence: 'weekly', setBy: 'p-sun', setOn: '2027-04-01' } },
        ]);
      specify(summarySettingsDecider).given([]).when(set(who.vp, 'monthly')).then([]);
      specify(summarySettingsDecider)
        .given([])
        .when(set(who.wang, 'weekly'))
        .thenThrows(ForbiddenError, 'summary-cadence-role');
      specify(summarySettingsDecider)
        .given([])
        .when(set(who.vp, 'daily' as 'weekly'))
        .thenThrows(DomainError, 'summary-cadence-unknown');
    });
  });

  describe('the figures a summary is pre-filled with', () => {
    const fact = (
      eventId: string,
      kind: SummaryFact['kind'],
      on: string,
      amountMinor: number | null = null,
    ): SummaryFact => ({
      eventId,
      personId: 'p-li',
      kind,
      on,
      amountMinor,
      currency: amountMinor === null ? null : 'CNY',
    });
    const count = (f: SummaryFact) => ({ type: 'CountSummaryFact' as const, data: { fact: f } });

    it('count each published event once by its id', () => {
      const tally = specify(figureTallyDecider);
      const counted = tally
        .given([])
        .when(count(fact('e-1', 'visit', '2027-03-02')))
        .events();
      expect(counted).toHaveLength(1);
      tally
        .given(counted)
        .when(count(fact('e-1', 'visit', '2027-03-02')))
        .then([]);
    });

    it('sum the period’s visits, registrations, signings and collections less reversals', () => {
      const facts = [
        fact('e-1', 'visit', '2027-03-02'),
        fact('e-2', 'visit', '2027-03-31'),
        fact('e-3', 'visit', '2027-04-01'),
        fact('e-4', 'customer-registered', '2027-03-03'),
        fact('e-5', 'contract-signed', '2027-03-10', 50_000_000),
        fact('e-6', 'payment', '2027-03-20', 20_000_000),
        fact('e-7', 'payment-reversal', '2027-03-21', 1_000_000),
      ];
      expect(summaryFigures(facts, march.from, march.to)).toEqual({
        visits: 2,
        customersRegistered: 1,
        contractsSigned: 1,
        signed: [{ currency: 'CNY', amountMinor: 50_000_000 }],
        collected: [{ currency: 'CNY', amountMinor: 19_000_000 }],
      });
    });
  });
});
