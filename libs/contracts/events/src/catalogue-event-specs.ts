import type { PublishedEventSpec } from '@sales/shared/domain';

export const CATALOGUE_EVENT_SPECS: readonly PublishedEventSpec[] = [];
