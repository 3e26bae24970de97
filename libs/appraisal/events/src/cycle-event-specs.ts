import type { PublishedEventSpec } from '@sales/shared/domain';

/** The cycle slice's published events (filled by the slice). */
export const CYCLE_EVENT_SPECS: readonly PublishedEventSpec[] = [];
