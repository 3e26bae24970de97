import { type PublishedEventSpec, publishedEventFactory } from '@sales/shared/domain';
import { KPI_PERIOD_EVENT_SPECS } from './kpi-period-event-specs';
import type { KpiPeriodPublishedEvent } from './kpi-period-events';
import { WORK_CALENDAR_EVENT_SPECS } from './work-calendar-event-specs';
import type { WorkCalendarPublishedEvent } from './work-calendar-events';

/** Every event kpi publishes, at the versions it publishes now. */
export type KpiPublishedEvent = WorkCalendarPublishedEvent | KpiPeriodPublishedEvent;

/**
 * kpi's published events (`sales.kpi.events`): the work calendar, set through the KPI API, and a
 * period's frozen figures, published in answer to appraisal's cycle close.
 */
export const KPI_EVENT_CATALOGUE: readonly PublishedEventSpec[] = [
  ...WORK_CALENDAR_EVENT_SPECS,
  ...KPI_PERIOD_EVENT_SPECS,
];

/** A published kpi event at its current version (for the kpi publications). */
export const kpiPublishedEvent = publishedEventFactory<KpiPublishedEvent>(KPI_EVENT_CATALOGUE);
