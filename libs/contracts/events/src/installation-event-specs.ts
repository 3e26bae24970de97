import type { PublishedEventSpec } from '@sales/shared/domain';

export const INSTALLATION_EVENT_SPECS: readonly PublishedEventSpec[] = [];
