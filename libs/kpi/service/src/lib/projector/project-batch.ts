import { type KpiFact, UnreadableEventError, factsOf } from '@sales/kpi/projections';
import type { EventEnvelope } from '@sales/shared/event-sourcing';

export type UnreadableEvent = Readonly<{
  eventId: string;
  context: string;
  type: string;
  schemaVersion: number;
  reason: string;
}>;

export type ProjectedBatch = Readonly<{ facts: readonly KpiFact[]; unreadable: readonly UnreadableEvent[] }>;

/**
 * The facts a batch of published events gives the read model. An event of a version this
 * projection cannot read is set aside with the reason — reported by the projector's status and
 * metrics and logged — rather than failing the batch (which would stop every figure) or being
 * dropped silently; a newer projector reads it on the next rebuild.
 */
export function projectBatch(events: readonly EventEnvelope[], timeZone: string): ProjectedBatch {
  const facts: KpiFact[] = [];
  const unreadable: UnreadableEvent[] = [];
  for (const event of events) {
    try {
      facts.push(...factsOf(event, timeZone));
    } catch (error) {
      if (!(error instanceof UnreadableEventError)) throw error;
      const { id, context, type, schemaVersion } = event;
      unreadable.push({ eventId: id, context, type, schemaVersion, reason: error.message });
    }
  }
  return { facts, unreadable };
}
