import type { PublishedEventSpec } from '@sales/shared/domain';

export const FORMS_EVENT_SPECS: readonly PublishedEventSpec[] = [];
