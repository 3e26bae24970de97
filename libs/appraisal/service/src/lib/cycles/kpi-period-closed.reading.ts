import { type CycleSnapshot, type SnapshotSubject, isCycleKind } from '@sales/appraisal/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';

/*
 * What appraisal reads of `kpi.KpiPeriodClosed.v1` (the KPI service's answer to CycleClosed), as
 * a tolerant reader: the fields a snapshot needs, checked. Answers to other contexts' requests
 * and every other kpi event are none of appraisal's business.
 */

export const KPI_PERIOD_CLOSED = 'KpiPeriodClosed';

/** A KpiPeriodClosed appraisal cannot read: the handler throws, so it is retried and dead-lettered. */
export class UnreadableKpiSnapshot extends Error {
  constructor(event: EventEnvelope, why: string) {
    super(`cannot read ${event.type} v${event.schemaVersion} ${event.id}: ${why}`);
    this.name = 'UnreadableKpiSnapshot';
  }
}

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The snapshot an appraisal cycle asked for, or undefined when the event is not an answer to
 * appraisal. A version appraisal does not know is refused rather than skipped: a skipped answer
 * would leave a cycle waiting forever; a refused one is dead-lettered, loudly.
 */
export function kpiSnapshotOf(event: EventEnvelope): CycleSnapshot | undefined {
  if (event.type !== KPI_PERIOD_CLOSED) return undefined;
  const data = event.data;
  if (!isObject(data)) throw new UnreadableKpiSnapshot(event, 'data is not an object');
  const requestedBy = data['requestedBy'];
  if (!isObject(requestedBy) || requestedBy['context'] !== 'appraisal') return undefined;
  if (event.schemaVersion !== 1) throw new UnreadableKpiSnapshot(event, 'appraisal reads version 1 only');
  const text = (source: Fields, field: string): string => {
    const value = source[field];
    if (typeof value !== 'string' || value.length === 0)
      throw new UnreadableKpiSnapshot(event, `${field} is not a non-empty string`);
    return value;
  };
  const period = data['period'];
  if (!isObject(period) || !isCycleKind(period['kind']))
    throw new UnreadableKpiSnapshot(event, 'period is not a period');
  const subjects = data['subjects'];
  if (!Array.isArray(subjects)) throw new UnreadableKpiSnapshot(event, 'subjects is not a list');
  return {
    eventId: event.id,
    requestId: text(data, 'requestId'),
    period: {
      kind: period['kind'],
      label: text(period, 'label'),
      from: text(period, 'from'),
      to: text(period, 'to'),
    },
    asOf: text(data, 'asOf'),
    recordedBefore: text(data, 'recordedBefore'),
    readModelVersion: String(data['readModelVersion'] ?? ''),
    currency: text(data, 'currency'),
    subjects: subjects.map((subject) => subjectOf(event, subject)),
  };
}

function subjectOf(event: EventEnvelope, subject: unknown): SnapshotSubject {
  if (!isObject(subject) || (subject['kind'] !== 'person' && subject['kind'] !== 'division'))
    throw new UnreadableKpiSnapshot(event, 'a subject is not a person or a division');
  const figures = subject['figures'];
  const amounts = subject['amounts'];
  if (!Array.isArray(figures) || !isObject(amounts))
    throw new UnreadableKpiSnapshot(event, 'a subject has no figures or amounts');
  return {
    kind: subject['kind'],
    id: String(subject['id'] ?? ''),
    name: String(subject['name'] ?? ''),
    figures: figures.map((figure) => {
      if (!isObject(figure) || typeof figure['figureId'] !== 'string')
        throw new UnreadableKpiSnapshot(event, 'a figure has no figureId');
      const value = figure['value'];
      if (value !== null && typeof value !== 'string')
        throw new UnreadableKpiSnapshot(event, `${figure['figureId']} has no text value`);
      return {
        figureId: figure['figureId'],
        unit: String(figure['unit'] ?? ''),
        value,
        display: String(figure['display'] ?? ''),
        reason: typeof figure['reason'] === 'string' ? figure['reason'] : null,
      };
    }),
    amounts: amounts as unknown as SnapshotSubject['amounts'],
    explain: String(subject['explain'] ?? ''),
  };
}
