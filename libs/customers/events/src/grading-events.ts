import type { PublishedEvent } from '@sales/shared/domain';

/* C2 grading's PUBLISHED events (filled in by the grading slice). */
export type GradingPublishedEvent = PublishedEvent<never>;
