import type { PublishedEventSpec } from '@sales/shared/domain';

/** The summary slice's published events (filled by the slice). */
export const SUMMARY_EVENT_SPECS: readonly PublishedEventSpec[] = [];
