import type { PublishedEventSpec } from '@sales/shared/domain';

/** notices's published events (`sales.notices.events`). */
export const NOTICES_EVENT_CATALOGUE: readonly PublishedEventSpec[] = [];
