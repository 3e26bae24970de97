import type { PublishedEvent } from '@sales/shared/domain';

/* C3–C5 field work's PUBLISHED events: visits, check-ins, expenses (filled in by that slice). */
export type FieldWorkPublishedEvent = PublishedEvent<never>;
