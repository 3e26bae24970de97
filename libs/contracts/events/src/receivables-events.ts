import type { PublishedEvent } from '@sales/shared/domain';

/* The receivables slice's PUBLISHED events (filled in by that slice). */
export type ReceivablesPublishedEvent = PublishedEvent<never>;
