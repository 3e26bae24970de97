import type { LocalizedText } from '@sales/shared/domain';

/** zh-CN/en texts of the work calendar's error codes (工作日历, P4). */
export const CALENDAR_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'work-calendar-not-allowed': {
    zh: '工作日历由市场部主管或业务副总维护，{role}无权设置',
    en: 'The work calendar is kept by the sales admin or the VP; a {role} may not set it',
  },
  'calendar-date-outside-year': {
    zh: '{field}：日期 {date} 不在 {year} 年内',
    en: '{field}: the date {date} is not in {year}',
  },
  'calendar-date-twice': {
    zh: '{field}：日期 {date} 出现了两次（同一天只能是节假日或调休上班日之一）',
    en: '{field}: the date {date} is given twice (a day is either a holiday or a make-up working day, once)',
  },
  'calendar-day-name-required': {
    zh: '{field}：请填写名称（如“国庆节”“国庆调休”）',
    en: '{field}: give the day a name (e.g. 国庆节, 国庆调休)',
  },
  'make-up-day-not-weekend': {
    zh: '{field}：调休上班日 {date} 不是周末（调休上班日只能是周六或周日）',
    en: '{field}: the make-up working day {date} is not a weekend day (a make-up day is a Saturday or Sunday)',
  },
  'calendar-source-required': {
    zh: '{field}：请注明安排的来源（如国务院办公厅通知的文号，或“样例”）',
    en: '{field}: say where the arrangement comes from (e.g. the State Council notice, or “sample”)',
  },
  'work-calendar-not-found': {
    zh: '{year} 年的工作日历尚未设定，也没有随系统提供的安排；请市场部主管或业务副总通过 PUT /kpi/calendar/{year} 设定',
    en: 'No work calendar for {year}: none was set and none is shipped; the sales admin or the VP sets it with PUT /kpi/calendar/{year}',
  },
  'calendar-year-invalid': {
    zh: '{field}：年份应为四位数字（1900–9999），收到“{value}”',
    en: '{field}: the year takes four digits (1900–9999), not “{value}”',
  },
};
