import type { DetailsWithNames, LocalizedText } from '@sales/shared/domain';
import { CALENDAR_ERROR_MESSAGES } from './calendar-errors';
import { FIGURES_DETAIL_LABELS, FIGURES_ERROR_MESSAGES } from './figures-errors';
import { PERIOD_CLOSE_ERROR_MESSAGES } from './period-close-errors';
import { PROJECTOR_ERROR_MESSAGES } from './projector-errors';
import { TABLES_DETAIL_LABELS, TABLES_ERROR_MESSAGES } from './tables-errors';

/**
 * The KPI context's error catalogue, by slice; registered with the context (`errorMessages`). A
 * code means one thing across the context, so two slices never define the same one differently.
 */
export const KPI_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  ...FIGURES_ERROR_MESSAGES,
  ...CALENDAR_ERROR_MESSAGES,
  ...PROJECTOR_ERROR_MESSAGES,
  ...TABLES_ERROR_MESSAGES,
  ...PERIOD_CLOSE_ERROR_MESSAGES,
};

export const KPI_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  ...FIGURES_DETAIL_LABELS,
  ...TABLES_DETAIL_LABELS,
};
