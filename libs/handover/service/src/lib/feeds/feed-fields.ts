import type { EventEnvelope } from '@sales/shared/event-sourcing';

/** A consumed event handover cannot read: the handler throws, so it is retried and dead-lettered. */
export class UnreadableFeedEvent extends Error {
  constructor(event: EventEnvelope, why: string) {
    super(`handover cannot read ${event.type} v${event.schemaVersion} ${event.id}: ${why}`);
    this.name = 'UnreadableFeedEvent';
  }
}

type Fields = Record<string, unknown>;

/**
 * A tolerant reader's field access over one event's data: only the fields handover needs, each
 * checked; a missing or malformed one refuses the event (skipping it would leave a checklist wrong).
 */
export function fieldsOf(event: EventEnvelope) {
  const data = (event.data ?? {}) as Fields;
  const fail = (field: string, what: string): never => {
    throw new UnreadableFeedEvent(event, `${field} is not ${what}`);
  };
  const text = (field: string): string => {
    const value = data[field];
    return typeof value === 'string' && value.length > 0 ? value : fail(field, 'a non-empty string');
  };
  return {
    text,
    nullableText: (field: string): string | null => (data[field] === null ? null : text(field)),
    fen: (field: string): number => {
      const value = data[field];
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
        ? value
        : fail(field, 'an integer amount in minor units');
    },
    integer: (field: string): number => {
      const value = data[field];
      return typeof value === 'number' && Number.isInteger(value) ? value : fail(field, 'an integer');
    },
    texts: (field: string): string[] => {
      const value = data[field];
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.length > 0)
        ? (value as string[])
        : fail(field, 'a list of non-empty strings');
    },
  };
}

/** Refuses a consumed type at a version handover does not know (rather than skipping it, silently). */
export function assertKnownVersion(
  event: EventEnvelope,
  consumed: Readonly<Record<string, readonly number[]>>,
): boolean {
  const versions = consumed[event.type];
  if (!versions) return false;
  if (!versions.includes(event.schemaVersion))
    throw new UnreadableFeedEvent(event, `handover reads versions ${versions.join(', ')} only`);
  return true;
}
