import type { PublishedEventSpec } from '@sales/shared/domain';

/** The coaching slice's published events (filled by the slice). */
export const COACHING_EVENT_SPECS: readonly PublishedEventSpec[] = [];
