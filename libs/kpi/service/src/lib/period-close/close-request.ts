import { type Period, parsePeriod } from '@sales/kpi/projections';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type BusinessDate, isBusinessDate } from '@sales/shared/domain';

/** The appraisal event a period close answers (`appraisal.CycleClosed.v1`). */
export const CYCLE_CLOSED = 'CycleClosed';

export type CloseSubject = Readonly<{ kind: 'person' | 'division'; id: string }>;

/** What the KPI service needs of a CycleClosed to freeze the period's figures. */
export type CloseRequest = Readonly<{
  /** The cycle id: the request the close answers, once. */
  requestId: string;
  requestedBy: Readonly<{ context: string; eventId: string }>;
  period: Period;
  asOf: BusinessDate;
  /** ms since the epoch: facts recorded before it count (the cycle's `closedAt`). */
  recordedBefore: number;
  /** Each subject once, in the order the cycle named them. */
  subjects: readonly CloseSubject[];
}>;

/** A CycleClosed that cannot be read as the contract says: dead-lettered, with what is wrong. */
export class UnreadableCloseRequestError extends Error {
  constructor(eventId: string, problem: string) {
    super(`CycleClosed ${eventId} cannot be read: ${problem}`);
    this.name = 'UnreadableCloseRequestError';
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Appraisal's CycleClosed (schemaVersion 1) as a close request, read field by field rather than
 * trusted: the period by its label (as the KPI API parses it; `kind`, `from` and `to`, when given,
 * must agree), `closedAt` an instant, `asOf` a real date, subjects persons or divisions. Any other
 * event of the topic is not a request (null). One that cannot be read throws — retried, then
 * dead-lettered with the reason, never answered with figures for a guessed period.
 */
export function closeRequestOf(event: EventEnvelope): CloseRequest | null {
  if (event.type !== CYCLE_CLOSED) return null;
  const fail = (problem: string): never => {
    throw new UnreadableCloseRequestError(event.id, problem);
  };
  if (event.schemaVersion !== 1) fail(`schemaVersion ${event.schemaVersion} is not understood (1 is)`);
  const data = isObject(event.data) ? event.data : fail('data is not an object');
  const requestId = isText(data['cycleId']) ? data['cycleId'] : fail('cycleId is missing');
  const given = isObject(data['period']) ? data['period'] : fail('period is missing');
  const period = parsePeriod(String(given['label'])) ?? fail(`period.label "${String(given['label'])}"`);
  for (const field of ['kind', 'from', 'to'] as const)
    if (given[field] !== undefined && given[field] !== period[field])
      fail(`period.${field} "${String(given[field])}" does not match the label ${period.label}`);
  const closedAt = typeof data['closedAt'] === 'string' ? Date.parse(data['closedAt']) : NaN;
  if (Number.isNaN(closedAt)) fail(`closedAt "${String(data['closedAt'])}" is not an instant`);
  const asOf = isBusinessDate(data['asOf']) ? data['asOf'] : fail(`asOf "${String(data['asOf'])}"`);
  if (!Array.isArray(data['subjects'])) fail('subjects is not a list');
  const subjects = new Map<string, CloseSubject>();
  for (const [index, subject] of (data['subjects'] as unknown[]).entries()) {
    const kind = isObject(subject) ? subject['kind'] : undefined;
    const id = isObject(subject) ? subject['id'] : undefined;
    if ((kind !== 'person' && kind !== 'division') || !isText(id))
      fail(`subjects[${index}] is not a {kind: person|division, id}`);
    else subjects.set(`${kind}:${id}`, { kind, id });
  }
  return {
    requestId,
    requestedBy: { context: event.context, eventId: event.id },
    period,
    asOf,
    recordedBefore: closedAt,
    subjects: [...subjects.values()],
  };
}
