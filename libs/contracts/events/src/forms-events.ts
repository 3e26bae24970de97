import type { PublishedEvent } from '@sales/shared/domain';

/* The forms slice's PUBLISHED events (filled in by that slice). */
export type FormsPublishedEvent = PublishedEvent<never>;
