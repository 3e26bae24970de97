import { type Period, type Subject, parsePeriod } from '@sales/kpi/projections';
import { type BusinessDate, isBusinessDate } from '@sales/shared/domain';
import { KpiParameterError, readParameters } from './kpi-parameter.error';

/** The query parameters as they come (strings, maybe left out). */
export type FigureParams = Readonly<{ subject?: string; period?: string; asOf?: string }>;

/** Whose figures, for which period, as the system knew them at the end of which day. */
export type FigureQuery = Readonly<{
  subject: Subject;
  /** `person:p-li`, `division:d-east`, `company`: the subject as the API writes it. */
  subjectKey: string;
  period: Period;
  asOf: BusinessDate;
}>;

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export function subjectKeyOf(subject: Subject): string {
  return subject.kind === 'company'
    ? 'company'
    : subject.kind === 'person'
      ? `person:${subject.personId}`
      : `division:${subject.divisionId}`;
}

/** `person:<id>`, `division:<id>` or `company` (whether the id exists is the org tree's to say). */
export function parseSubject(value: string | undefined): Subject {
  const text = value ?? '';
  if (text === 'company') return { kind: 'company' };
  const match = /^(person|division):(.+)$/.exec(text);
  if (!match || !ID.test(match[2]))
    throw new KpiParameterError('invalid-subject', { field: 'subject', value: text });
  return match[1] === 'person'
    ? { kind: 'person', personId: match[2] }
    : { kind: 'division', divisionId: match[2] };
}

export function parsePeriodParameter(value: string | undefined): Period {
  const period = parsePeriod(value ?? '');
  if (!period) throw new KpiParameterError('invalid-period', { field: 'period', value: value ?? '' });
  return period;
}

/** A real date, not after today (what was recorded by the end of a day not over yet is today's); today when left out. */
export function parseAsOf(value: string | undefined, today: BusinessDate): BusinessDate {
  if (value === undefined) return today;
  if (!isBusinessDate(value)) throw new KpiParameterError('invalid-as-of', { field: 'asOf', value });
  if (value > today) throw new KpiParameterError('as-of-in-future', { field: 'asOf', asOf: value, today });
  return value;
}

/** The parameters' shapes, every one that is wrong named at once; the org tree then checks the subject's id. */
export function parseFigureParams(params: FigureParams, today: BusinessDate): FigureQuery {
  const { subject, period, asOf } = readParameters({
    subject: () => parseSubject(params.subject),
    period: () => parsePeriodParameter(params.period),
    asOf: () => parseAsOf(params.asOf, today),
  });
  return { subject, subjectKey: subjectKeyOf(subject), period, asOf };
}
