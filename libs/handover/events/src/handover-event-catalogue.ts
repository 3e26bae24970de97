import { type PublishedEventSpec, publishedEventFactory } from '@sales/shared/domain';
import { HANDOVER_EVENT_SPECS } from './handover-event-specs';
import type { HandoverPublishedEvent } from './handover-events';

/** handover's published events (`sales.handover.events`). */
export const HANDOVER_EVENT_CATALOGUE: readonly PublishedEventSpec[] = [...HANDOVER_EVENT_SPECS];

/** A published handover event at its current version (for the handover publication). */
export const handoverPublishedEvent = publishedEventFactory<HandoverPublishedEvent>(HANDOVER_EVENT_CATALOGUE);
