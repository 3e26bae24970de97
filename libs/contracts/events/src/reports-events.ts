import type { PublishedEvent } from '@sales/shared/domain';

/* The reports slice's PUBLISHED events (filled in by that slice). */
export type ReportsPublishedEvent = PublishedEvent<never>;
