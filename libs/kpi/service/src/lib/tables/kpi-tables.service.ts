import { Inject, Injectable } from '@nestjs/common';
import { P8_LAGGING_FORMULA, P8_RANKING_FORMULA, type Period } from '@sales/kpi/projections';
import type { Actor, BusinessDate, Clock, LocalizedText } from '@sales/shared/domain';
import { CLOCK } from '@sales/shared/runtime';
import { KPI_WORK_CALENDARS, type WorkCalendars } from '../calendar/work-calendars.port';
import { type FactSource, KPI_FACT_SOURCE } from '../fact-store/fact-source.port';
import { FIGURES, type FigureId } from '../figures/figure-catalogue';
import { parseAsOf, parsePeriodParameter } from '../figures/figure-query';
import { DEFAULT_CURRENCY } from '../figures/figure-values';
import { KnownFacts, endOfBusinessDay } from '../figures/known-facts';
import { KpiParameterError, readParameters } from '../figures/kpi-parameter.error';
import { KpiOrg } from '../org/kpi-org';
import { type PeopleRow, PEOPLE_COLUMNS, peopleRow, personRow } from './division-people.table';
import { type LaggingRow, laggingColumns, laggingRows } from './lagging.table';
import { type RankingRow, rankingColumns, rankingRows } from './rankings.table';
import {
  type PersonFigures,
  type TableBasis,
  divisionFigures,
  personFigures,
  salespeopleIn,
} from './table-basis';
import type { TableAnswer } from './table-download';
import {
  LAGGING_FIGURES,
  RANKABLE_FIGURES,
  type TableFormat,
  type TableParams,
  type TableQuery,
  type Within,
  parseDivisionId,
  parseFormat,
  parseTableParams,
} from './table-query';
import { assertMayRank, assertMaySeeTable } from './table-scope';

/** What every table echoes: where, which period, as of when, from which read-model version. */
export type TableHeader = Readonly<{
  within: Readonly<{ key: string; name: string }>;
  period: Readonly<{ label: string; kind: string; from: BusinessDate; to: BusinessDate }>;
  asOf: BusinessDate;
  recordedBefore: string;
  currency: string;
  readModelVersion: number;
}>;

export type RankingsBody = TableHeader &
  Readonly<{
    figure: Readonly<{ id: FigureId; name: LocalizedText }>;
    formula: LocalizedText;
    rows: RankingRow[];
  }>;
export type LaggingBody = TableHeader &
  Readonly<{
    figure: Readonly<{ id: FigureId; name: LocalizedText }>;
    /** The date the targets are pro-rated to: the as-of date, capped at the period's end. */
    date: BusinessDate;
    formula: LocalizedText;
    rows: LaggingRow[];
  }>;
export type PeopleBody = TableHeader & Readonly<{ rows: PeopleRow[]; total: PeopleRow }>;

export type Answer<Body, Row> = Readonly<{ format: TableFormat; answer: TableAnswer<Body, Row> }>;

/** File names: 销售排名-2027-Q1, 回款排名-华东事业部-2027-03, 拖后腿名单-2027-Q1-截至2027-03-22. */
const RANKING_NAMES: Readonly<Record<string, string>> = {
  'P1.realistic': '销售排名',
  'P1.stretch': '销售排名（理想目标）',
  'P2.realistic': '毛利排名',
  'P2.stretch': '毛利排名（理想目标）',
  P3: '回收率排名',
  P4: '拜访排名',
  'P7.collections.realistic': '回款排名',
  'P7.collections.stretch': '回款排名（理想目标）',
};

/**
 * The KPI tables (P8 rankings, the 拖后腿 lagging list, a division's people × KPIs): every
 * person's figures computed by the figures' own `compute`, from one snapshot and one set of known
 * facts per query; who may see what from today's org tree, who is listed from the tree at the
 * period's end.
 */
@Injectable()
export class KpiTablesService {
  constructor(
    @Inject(KPI_FACT_SOURCE) private readonly facts: FactSource,
    @Inject(KPI_WORK_CALENDARS) private readonly calendars: WorkCalendars,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: KpiOrg,
  ) {}

  async rankings(actor: Actor, params: TableParams): Promise<Answer<RankingsBody, RankingRow>> {
    const query = parseTableParams(params, this.clock.today(), RANKABLE_FIGURES);
    await this.assertKnown(query.within, 'within');
    const today = await this.org.treeToday();
    assertMayRank(actor, today);
    const { basis, header, people } = await this.people(query);
    const rows = rankingRows(people, query.figure, actor, today, header.currency);
    const name = await this.withinName(query.within);
    return {
      format: query.format,
      answer: {
        body: {
          ...header,
          figure: { id: query.figure, name: FIGURES[query.figure].name },
          formula: P8_RANKING_FORMULA,
          rows,
        },
        fileName: [
          RANKING_NAMES[query.figure],
          ...this.divisionPart(query.within, name),
          basis.period.label,
        ].join('-'),
        columns: rankingColumns(query.figure),
        rows,
      },
    };
  }

  async lagging(actor: Actor, params: TableParams): Promise<Answer<LaggingBody, LaggingRow>> {
    const query = parseTableParams(params, this.clock.today(), LAGGING_FIGURES);
    await this.assertKnown(query.within, 'within');
    assertMaySeeTable(actor, query.within, 'lagging', await this.org.treeToday());
    const { basis, header, people } = await this.people(query);
    const date = query.asOf < basis.period.to ? query.asOf : basis.period.to;
    const rows = laggingRows(people, query.figure, basis.period, date, header.currency);
    const name = await this.withinName(query.within);
    const figurePart = query.figure === 'P1.realistic' ? [] : [FIGURES[query.figure].name.zh];
    return {
      format: query.format,
      answer: {
        body: {
          ...header,
          figure: { id: query.figure, name: FIGURES[query.figure].name },
          date,
          formula: P8_LAGGING_FORMULA,
          rows,
        },
        fileName: [
          '拖后腿名单',
          ...figurePart,
          ...this.divisionPart(query.within, name),
          basis.period.label,
          `截至${date}`,
        ].join('-'),
        columns: laggingColumns(query.figure),
        rows,
      },
    };
  }

  async divisionPeople(
    actor: Actor,
    params: Readonly<{ divisionId?: string; period?: string; asOf?: string; format?: string }>,
  ): Promise<Answer<PeopleBody, PeopleRow>> {
    const read = readParameters({
      divisionId: () => parseDivisionId(params.divisionId),
      period: () => parsePeriodParameter(params.period),
      asOf: () => parseAsOf(params.asOf, this.clock.today()),
      format: () => parseFormat(params.format),
    });
    const within: Within = { kind: 'division', divisionId: read.divisionId };
    await this.assertKnown(within, 'divisionId');
    assertMaySeeTable(actor, within, 'people', await this.org.treeToday());
    const query: TableQuery = {
      ...read,
      within,
      withinKey: `division:${read.divisionId}`,
      figure: 'P1.realistic',
    };
    const { basis, header, people } = await this.people(query);
    const rows = people.map(personRow);
    const total = peopleRow(null, `${header.within.name}合计`, divisionFigures(basis, read.divisionId));
    return {
      format: query.format,
      answer: {
        body: { ...header, rows, total },
        fileName: `${header.within.name}-人员指标-${basis.period.label}`,
        columns: PEOPLE_COLUMNS,
        rows: [...rows, total],
      },
    };
  }

  /** One snapshot, one set of known facts, the calendars and the tree of the period's end; each salesperson's figures. */
  private async people(
    query: TableQuery,
  ): Promise<{ basis: TableBasis; header: TableHeader; people: PersonFigures[] }> {
    const snapshot = await this.facts.snapshot();
    const recordedBefore = endOfBusinessDay(query.asOf, this.clock.timeZone);
    const basis: TableBasis = {
      period: query.period,
      asOf: query.asOf,
      today: this.clock.today(),
      known: new KnownFacts(snapshot, recordedBefore),
      calendars: await this.calendars.arrangementsAsOf(new Date(recordedBefore - 1)),
      tree: await this.org.treeAsOf(query.period.to),
      readModelVersion: snapshot.version,
      recordedBefore: new Date(recordedBefore).toISOString(),
    };
    const people = salespeopleIn(basis.tree, query.within).map((person) => personFigures(basis, person));
    const header: TableHeader = {
      within: { key: query.withinKey, name: await this.withinName(query.within) },
      period: this.periodEcho(query.period),
      asOf: query.asOf,
      recordedBefore: basis.recordedBefore,
      currency: people[0]?.computation.currency ?? DEFAULT_CURRENCY,
      readModelVersion: snapshot.version,
    };
    return { basis, header, people };
  }

  private periodEcho(period: Period) {
    return { label: period.label, kind: period.kind, from: period.from, to: period.to };
  }

  /** A division the org tree never had is a bad parameter (400), named. */
  private async assertKnown(within: Within, field: string): Promise<void> {
    if (within.kind === 'division' && !(await this.org.knowsDivision(within.divisionId)))
      throw new KpiParameterError('unknown-table-division', { field, divisionId: within.divisionId });
  }

  private async withinName(within: Within): Promise<string> {
    if (within.kind === 'company') return '公司';
    const names = await this.org.latestNamesOf([within.divisionId]);
    return names[within.divisionId] ?? within.divisionId;
  }

  private divisionPart(within: Within, name: string): string[] {
    return within.kind === 'company' ? [] : [name];
  }
}
