import type { PublishedEvent } from '@sales/shared/domain';

/* The catalogue slice's PUBLISHED events (filled in by that slice). */
export type CataloguePublishedEvent = PublishedEvent<never>;
