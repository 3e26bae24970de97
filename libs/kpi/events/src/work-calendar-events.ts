import type { LocalizedText, PublishedEvent } from '@sales/shared/domain';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/** Where a year's arrangement comes from: an official notice, the company's own, or a labelled sample. */
export const CALENDAR_SOURCE_KINDS = ['official', 'company', 'sample'] as const;
export type CalendarSourceKind = (typeof CALENDAR_SOURCE_KINDS)[number];

export const CALENDAR_SOURCE_KIND_LABELS: Readonly<Record<CalendarSourceKind, LocalizedText>> = {
  official: { zh: '官方通知', en: 'official notice' },
  company: { zh: '公司安排', en: 'company arrangement' },
  sample: { zh: '演示样例', en: 'demo sample' },
};

/** One named day of an arrangement: a public holiday (节假日) or a make-up working day (调休上班). */
export type CalendarDayV1 = Readonly<{ date: BusinessDate; name: string }>;

/**
 * 工作日历 (P4): the sales admin or the VP set a year's arrangement as a whole — its public
 * holidays and its make-up working days (weekends and other days follow the week). Each setting is
 * a new version of the year; the latest one replaces the earlier ones entirely.
 */
export type WorkCalendarSetV1 = PublishedEvent<
  'WorkCalendarSet',
  Readonly<{
    year: number;
    holidays: readonly CalendarDayV1[];
    makeUpWorkdays: readonly CalendarDayV1[];
    source: Readonly<{ kind: CalendarSourceKind; reference: string }>;
    version: number;
    /** The person who set it (the sales admin or the VP). */
    setBy: string;
  }>
>;

export type WorkCalendarPublishedEvent = WorkCalendarSetV1;
