import type { YearArrangement } from '@sales/kpi/domain';

/**
 * The work calendars (P4's working days) as the system knew them at an instant: the arrangement of
 * each year set through the API and recorded by `asOf`, else a shipped seed for that year (the
 * official 2025 arrangement, the labelled 2026 sample). Years with neither are absent, and P4
 * says so (`unarrangedYears`).
 */
export interface WorkCalendars {
  arrangementsAsOf(asOf: Date): Promise<ReadonlyMap<number, YearArrangement>>;
}

export const KPI_WORK_CALENDARS = Symbol('KPI_WORK_CALENDARS');
