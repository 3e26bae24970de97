import type { PublishedEventSpec } from '@sales/shared/domain';

export const REPORTS_EVENT_SPECS: readonly PublishedEventSpec[] = [];
