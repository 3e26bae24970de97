import type { DetailsWithNames, LocalizedText } from '@sales/shared/domain';
import { COACHING_DETAIL_LABELS, COACHING_ERROR_MESSAGES } from './coaching-errors';
import { CYCLE_DETAIL_LABELS, CYCLE_ERROR_MESSAGES } from './cycle-errors';
import { MEETING_DETAIL_LABELS, MEETING_ERROR_MESSAGES } from './meeting-errors';
import { SCHEME_DETAIL_LABELS, SCHEME_ERROR_MESSAGES } from './scheme-errors';
import { SUMMARY_DETAIL_LABELS, SUMMARY_ERROR_MESSAGES } from './summary-errors';

/**
 * The appraisal context's error catalogue, by slice; registered with the context
 * (`errorMessages`). A code means one thing across the context.
 */
export const APPRAISAL_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  ...SCHEME_ERROR_MESSAGES,
  ...CYCLE_ERROR_MESSAGES,
  ...MEETING_ERROR_MESSAGES,
  ...COACHING_ERROR_MESSAGES,
  ...SUMMARY_ERROR_MESSAGES,
};

export const APPRAISAL_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  ...SCHEME_DETAIL_LABELS,
  ...CYCLE_DETAIL_LABELS,
  ...MEETING_DETAIL_LABELS,
  ...COACHING_DETAIL_LABELS,
  ...SUMMARY_DETAIL_LABELS,
};
