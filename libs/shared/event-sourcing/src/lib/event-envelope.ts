import type { Actor } from '@sales/shared/domain';

/**
 * An event as stored and published: the plain domain event plus the metadata that travels with
 * it (ARCHITECTURE.md §2). `type` is the stable name of the event inside its context
 * (`ContractFormIssued`); `schemaVersion` is the version of `data`'s shape, so the published
 * CloudEvents type is `<context>.<type>.v<schemaVersion>`.
 */
export type EventEnvelope<Data = unknown> = Readonly<{
  /** Globally unique event id (UUID); consumers deduplicate by it. */
  id: string;
  /** Bounded context that owns the stream, e.g. `contracts`. */
  context: string;
  /** Aggregate id; Kafka key. */
  streamId: string;
  /** Stream version after this event (1-based, gapless). */
  version: number;
  type: string;
  schemaVersion: number;
  data: Data;
  /** ISO-8601 with zone. */
  time: string;
  actor: Actor;
  correlationId: string;
  causationId?: string;
  /** W3C traceparent of the span that caused the event. */
  traceparent?: string;
}>;

/** What a command produced, before the store gives it ids, versions and time. */
export type EventMetadata = Readonly<{
  actor: Actor;
  correlationId: string;
  causationId?: string;
  traceparent?: string;
}>;

/** The published CloudEvents type of an envelope: `contracts.ContractSigned.v1`. */
export function cloudEventType(event: Pick<EventEnvelope, 'context' | 'type' | 'schemaVersion'>): string {
  return `${event.context}.${event.type}.v${event.schemaVersion}`;
}

/** The Kafka topic of a context's published events: `sales.contracts.events`. */
export function contextTopic(context: string): string {
  return `sales.${context}.events`;
}
