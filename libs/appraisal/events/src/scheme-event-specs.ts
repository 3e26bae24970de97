import type { PublishedEventSpec } from '@sales/shared/domain';

/** The scheme slice's published events (filled by the slice). */
export const SCHEME_EVENT_SPECS: readonly PublishedEventSpec[] = [];
