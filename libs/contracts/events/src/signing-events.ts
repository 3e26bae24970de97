import type { PublishedEvent } from '@sales/shared/domain';

/* The signing slice's PUBLISHED events (filled in by that slice). */
export type SigningPublishedEvent = PublishedEvent<never>;
