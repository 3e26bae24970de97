import type { PublishedEvent } from '@sales/shared/domain';

/* The installation slice's PUBLISHED events (filled in by that slice). */
export type InstallationPublishedEvent = PublishedEvent<never>;
