import type { Period } from '@sales/kpi/projections';
import type { BusinessDate } from '@sales/shared/domain';
import type { FigureId } from '../figures/figure-catalogue';
import { parseAsOf, parsePeriodParameter } from '../figures/figure-query';
import { KpiParameterError, readParameters } from '../figures/kpi-parameter.error';

/** Whose people a table lists: the company's or one division's. */
export type Within = Readonly<{ kind: 'company' } | { kind: 'division'; divisionId: string }>;

export type TableFormat = 'json' | 'csv' | 'xlsx';

/** The query parameters as they come (strings, maybe left out). */
export type TableParams = Readonly<{
  within?: string;
  period?: string;
  asOf?: string;
  figure?: string;
  format?: string;
}>;

export type TableQuery = Readonly<{
  within: Within;
  /** `company` or `division:d-east`, as the API writes it. */
  withinKey: string;
  period: Period;
  asOf: BusinessDate;
  figure: FigureId;
  format: TableFormat;
}>;

/** Figures a ranking may be by: the attainment rates, P3 and P4 (DOMAIN P8). */
export const RANKABLE_FIGURES = [
  'P1.realistic',
  'P1.stretch',
  'P2.realistic',
  'P2.stretch',
  'P3',
  'P4',
  'P7.collections.realistic',
  'P7.collections.stretch',
] as const satisfies readonly FigureId[];

/** Figures the lagging list may be by: those with a money target to pro-rate. */
export const LAGGING_FIGURES = [
  'P1.realistic',
  'P1.stretch',
  'P2.realistic',
  'P2.stretch',
  'P7.collections.realistic',
  'P7.collections.stretch',
] as const satisfies readonly FigureId[];

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export function withinKeyOf(within: Within): string {
  return within.kind === 'company' ? 'company' : `division:${within.divisionId}`;
}

/** `company` (the default) or `division:<id>`. */
export function parseWithin(value: string | undefined): Within {
  if (value === undefined || value === 'company') return { kind: 'company' };
  const match = /^division:(.+)$/.exec(value);
  if (!match || !ID.test(match[1])) throw new KpiParameterError('invalid-within', { field: 'within', value });
  return { kind: 'division', divisionId: match[1] };
}

/** A division id in the path: its shape here, whether it exists the org tree's to say. */
export function parseDivisionId(value: string | undefined): string {
  const text = value ?? '';
  if (!ID.test(text))
    throw new KpiParameterError('unknown-table-division', { field: 'divisionId', divisionId: text });
  return text;
}

export function parseTableFigure(value: string | undefined, allowed: readonly FigureId[]): FigureId {
  if (value === undefined) return 'P1.realistic';
  if (!(allowed as readonly string[]).includes(value))
    throw new KpiParameterError('figure-not-rankable', {
      field: 'figure',
      value,
      known: allowed,
    });
  return value as FigureId;
}

export function parseFormat(value: string | undefined): TableFormat {
  if (value === undefined || value === 'json' || value === 'csv' || value === 'xlsx') return value ?? 'json';
  throw new KpiParameterError('invalid-table-format', { field: 'format', value });
}

/** Every parameter read at once: one 400 names all that are wrong. */
export function parseTableParams(
  params: TableParams,
  today: BusinessDate,
  figures: readonly FigureId[],
): TableQuery {
  const query = readParameters({
    within: () => parseWithin(params.within),
    period: () => parsePeriodParameter(params.period),
    asOf: () => parseAsOf(params.asOf, today),
    figure: () => parseTableFigure(params.figure, figures),
    format: () => parseFormat(params.format),
  });
  return { ...query, withinKey: withinKeyOf(query.within) };
}
