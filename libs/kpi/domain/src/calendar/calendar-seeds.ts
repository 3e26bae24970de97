import type { CalendarSource } from './work-calendar';
import { addDays, type CalendarDay } from './working-days';

/*
 * Arrangements shipped as seed data. Only an arrangement whose official source can be named is
 * marked `official`; anything else is a `sample`, labelled as such wherever it is shown.
 */

function span(from: string, days: number, name: string): CalendarDay[] {
  return Array.from({ length: days }, (_, i) => ({ date: addDays(from, i), name }));
}

export type CalendarSeed = Readonly<{
  year: number;
  holidays: readonly CalendarDay[];
  makeUpWorkdays: readonly CalendarDay[];
  source: CalendarSource;
}>;

/** 2025: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）. */
export const CALENDAR_2025: CalendarSeed = {
  year: 2025,
  holidays: [
    ...span('2025-01-01', 1, '元旦'),
    ...span('2025-01-28', 8, '春节'),
    ...span('2025-04-04', 3, '清明节'),
    ...span('2025-05-01', 5, '劳动节'),
    ...span('2025-05-31', 3, '端午节'),
    ...span('2025-10-01', 8, '国庆节、中秋节'),
  ],
  makeUpWorkdays: [
    { date: '2025-01-26', name: '春节调休上班' },
    { date: '2025-02-08', name: '春节调休上班' },
    { date: '2025-04-27', name: '劳动节调休上班' },
    { date: '2025-09-28', name: '国庆节调休上班' },
    { date: '2025-10-11', name: '国庆节调休上班' },
  ],
  source: {
    kind: 'official',
    reference: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
  },
};

/**
 * 2026 for the demo: a SAMPLE. It follows the arrangement as it was reported for 2026, but its
 * source was not checked here — the sales_admin should replace it with the official notice.
 */
export const CALENDAR_2026_SAMPLE: CalendarSeed = {
  year: 2026,
  holidays: [
    ...span('2026-01-01', 3, '元旦'),
    ...span('2026-02-15', 9, '春节'),
    ...span('2026-04-04', 3, '清明节'),
    ...span('2026-05-01', 5, '劳动节'),
    ...span('2026-06-19', 3, '端午节'),
    ...span('2026-09-25', 3, '中秋节'),
    ...span('2026-10-01', 7, '国庆节'),
  ],
  makeUpWorkdays: [
    { date: '2026-01-04', name: '元旦调休上班' },
    { date: '2026-02-14', name: '春节调休上班' },
    { date: '2026-02-28', name: '春节调休上班' },
    { date: '2026-05-09', name: '劳动节调休上班' },
    { date: '2026-09-20', name: '国庆节调休上班' },
    { date: '2026-10-10', name: '国庆节调休上班' },
  ],
  source: {
    kind: 'sample',
    reference:
      '演示样例：按 2026 年假日安排整理，未核对官方通知，请以国务院办公厅通知为准 / demo sample, not checked against the official notice',
  },
};

export const CALENDAR_SEEDS: readonly CalendarSeed[] = [CALENDAR_2025, CALENDAR_2026_SAMPLE];
