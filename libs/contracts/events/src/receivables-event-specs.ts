import type { PublishedEventSpec } from '@sales/shared/domain';

export const RECEIVABLES_EVENT_SPECS: readonly PublishedEventSpec[] = [];
