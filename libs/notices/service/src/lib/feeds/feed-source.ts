import type { NoticeSource } from '@sales/notices/domain';
import { type EventEnvelope, cloudEventType } from '@sales/shared/event-sourcing';

/** Where a notice made of this event came from: the event's id is the notice's key. */
export function sourceOf(event: EventEnvelope): NoticeSource {
  return { context: event.context, type: cloudEventType(event), key: event.id, occurredAt: event.time };
}

/** The event's data when it is `type` at `schemaVersion` (the versions this feed reads), else undefined. */
export function dataOf<Data>(event: EventEnvelope, type: string, schemaVersion = 1): Data | undefined {
  return event.type === type && event.schemaVersion === schemaVersion ? (event.data as Data) : undefined;
}
