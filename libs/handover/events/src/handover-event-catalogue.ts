import type { PublishedEventSpec } from '@sales/shared/domain';

/** handover's published events (`sales.handover.events`). */
export const HANDOVER_EVENT_CATALOGUE: readonly PublishedEventSpec[] = [];
