import { Inject, Injectable } from '@nestjs/common';
import type { Actor, BusinessDate, Clock } from '@sales/shared/domain';
import { CLOCK } from '@sales/shared/runtime';
import { KPI_WORK_CALENDARS, type WorkCalendars } from '../calendar/work-calendars.port';
import { type FactSource, KPI_FACT_SOURCE } from '../fact-store/fact-source.port';
import { KpiOrg } from '../org/kpi-org';
import { FIGURE_IDS, isFigureId } from './figure-catalogue';
import { factsOf } from './figure-facts';
import { type FigureParams, type FigureQuery, parseFigureParams } from './figure-query';
import { type Computation, type Figure, compute, figuresOf } from './figure-values';
import type { ExplainedFact } from './explained-facts';
import { KnownFacts, endOfBusinessDay } from './known-facts';
import { KpiParameterError, readParameters } from './kpi-parameter.error';
import { assertMaySee } from './kpi-scope';
import { type Worked, workedFormula } from './worked-formulas';

/** Whose figures, echoed with the name people know them by. */
export type SubjectEcho = Readonly<{
  key: string;
  kind: 'person' | 'division' | 'company';
  id: string | null;
  name: string;
}>;

/** What both routes echo: the subject, the period, the as-of date and the read-model version. */
export type FiguresHeader = Readonly<{
  subject: SubjectEcho;
  period: Readonly<{ label: string; kind: string; from: BusinessDate; to: BusinessDate }>;
  asOf: BusinessDate;
  /** Facts recorded before this instant count (the end of the as-of day in the company's zone). */
  recordedBefore: string;
  currency: string;
  readModelVersion: number;
}>;

export type FiguresAnswer = FiguresHeader & Readonly<{ figures: readonly Figure[] }>;

export type Explanation = FiguresHeader &
  Readonly<{
    figure: Figure;
    /** The formula with the numbers put in. */
    worked: Worked;
    facts: readonly ExplainedFact[];
  }>;

/**
 * The KPI API's figures for one subject and period (P1–P7), as the system knew them at the end of
 * the as-of day: every figure a pure function of the read model's facts recorded by then, periods
 * by business date. Who may see what comes from today's org tree.
 */
@Injectable()
export class KpiFiguresService {
  constructor(
    @Inject(KPI_FACT_SOURCE) private readonly facts: FactSource,
    @Inject(KPI_WORK_CALENDARS) private readonly calendars: WorkCalendars,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: KpiOrg,
  ) {}

  async figuresFor(actor: Actor, params: FigureParams): Promise<FiguresAnswer> {
    const { header, computation } = await this.computed(actor, params);
    return { ...header, figures: figuresOf(computation) };
  }

  async explain(actor: Actor, params: FigureParams & Readonly<{ figure?: string }>): Promise<Explanation> {
    const id = params.figure ?? '';
    if (!isFigureId(id)) {
      const unknown = new KpiParameterError('unknown-figure', {
        field: 'figure',
        value: id,
        known: FIGURE_IDS,
      });
      // One 400 names every parameter that is wrong, not just the figure.
      readParameters({
        figure: () => {
          throw unknown;
        },
        query: () => parseFigureParams(params, this.clock.today()),
      });
      throw unknown;
    }
    const { header, computation, known } = await this.computed(actor, params);
    return {
      ...header,
      figure: figuresOf(computation).find((f) => f.id === id) as Figure,
      worked: workedFormula(id, computation),
      facts: factsOf(id, computation, known),
    };
  }

  private async computed(actor: Actor, params: FigureParams) {
    const today = this.clock.today();
    const query = parseFigureParams(params, today);
    await this.assertKnown(query);
    assertMaySee(actor, query.subject, await this.org.treeToday());
    const snapshot = await this.facts.snapshot();
    const recordedBefore = endOfBusinessDay(query.asOf, this.clock.timeZone);
    const known = new KnownFacts(snapshot, recordedBefore);
    const calendars = await this.calendars.arrangementsAsOf(new Date(recordedBefore - 1));
    const computation: Computation = compute(query, known, calendars, today);
    const header: FiguresHeader = {
      subject: await this.echo(query),
      period: {
        label: query.period.label,
        kind: query.period.kind,
        from: query.period.from,
        to: query.period.to,
      },
      asOf: query.asOf,
      recordedBefore: new Date(recordedBefore).toISOString(),
      currency: computation.currency,
      readModelVersion: snapshot.version,
    };
    return { header, computation, known };
  }

  /** A person or division the org tree never had is a bad parameter (400), not an empty answer. */
  private async assertKnown({ subject }: FigureQuery): Promise<void> {
    if (subject.kind === 'person' && !(await this.org.knowsPerson(subject.personId)))
      throw new KpiParameterError('unknown-person', { field: 'subject', personId: subject.personId });
    if (subject.kind === 'division' && !(await this.org.knowsDivision(subject.divisionId)))
      throw new KpiParameterError('unknown-division', { field: 'subject', divisionId: subject.divisionId });
  }

  private async echo({ subject, subjectKey }: FigureQuery): Promise<SubjectEcho> {
    if (subject.kind === 'company') return { key: subjectKey, kind: 'company', id: null, name: '公司' };
    const id = subject.kind === 'person' ? subject.personId : subject.divisionId;
    const names = await this.org.latestNamesOf([id]);
    return { key: subjectKey, kind: subject.kind, id, name: names[id] ?? id };
  }
}
