import type { PublishedEventSpec } from '@sales/shared/domain';
import { COACHING_EVENT_SPECS } from './coaching-event-specs';
import { CYCLE_EVENT_SPECS } from './cycle-event-specs';
import { MEETING_EVENT_SPECS } from './meeting-event-specs';
import { SCHEME_EVENT_SPECS } from './scheme-event-specs';
import { SUMMARY_EVENT_SPECS } from './summary-event-specs';

/** appraisal's published events (`sales.appraisal.events`), by slice. */
export const APPRAISAL_EVENT_CATALOGUE: readonly PublishedEventSpec[] = [
  ...SCHEME_EVENT_SPECS,
  ...CYCLE_EVENT_SPECS,
  ...MEETING_EVENT_SPECS,
  ...COACHING_EVENT_SPECS,
  ...SUMMARY_EVENT_SPECS,
];
