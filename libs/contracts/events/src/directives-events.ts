import type { PublishedEvent } from '@sales/shared/domain';

/* The directives slice's PUBLISHED events (filled in by that slice). */
export type DirectivesPublishedEvent = PublishedEvent<never>;
