import type { PublishedEventSpec } from '@sales/shared/domain';

export const DIRECTIVES_EVENT_SPECS: readonly PublishedEventSpec[] = [];
