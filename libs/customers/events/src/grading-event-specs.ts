import type { PublishedEventSpec } from '@sales/shared/domain';

export const GRADING_EVENT_SPECS: readonly PublishedEventSpec[] = [];
