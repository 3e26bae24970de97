import type { PublishedEventSpec } from '@sales/shared/domain';

/** The meeting slice's published events (filled by the slice). */
export const MEETING_EVENT_SPECS: readonly PublishedEventSpec[] = [];
