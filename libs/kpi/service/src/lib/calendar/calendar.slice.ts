import type { Provider, Type } from '@nestjs/common';
import { WorkCalendarController } from './work-calendar.controller';
import { WorkCalendarService } from './work-calendar.service';
import { KPI_WORK_CALENDARS } from './work-calendars.port';
import { WorkCalendarsReader } from './work-calendars.reader';

/**
 * The work-calendar slice of the KPI API (P4): its controller and providers. Needs the kpi
 * context's runtime (`@InjectContext('kpi')`), CLOCK and KpiOrg from the module that mounts it.
 */
export const CALENDAR_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [WorkCalendarController],
  providers: [
    WorkCalendarService,
    WorkCalendarsReader,
    { provide: KPI_WORK_CALENDARS, useExisting: WorkCalendarsReader },
  ],
};
