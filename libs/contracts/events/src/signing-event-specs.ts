import type { PublishedEventSpec } from '@sales/shared/domain';

export const SIGNING_EVENT_SPECS: readonly PublishedEventSpec[] = [];
