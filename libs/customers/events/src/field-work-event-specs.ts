import type { PublishedEventSpec } from '@sales/shared/domain';

export const FIELD_WORK_EVENT_SPECS: readonly PublishedEventSpec[] = [];
