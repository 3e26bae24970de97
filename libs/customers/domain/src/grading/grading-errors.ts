import type { LocalizedText } from '@sales/shared/domain';

/** zh-CN/en texts of the grading slice's error codes; `{name}` placeholders come from the error's details. */
export const GRADING_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {};

/** How the grading slice's error details read to people (beside the platform's role labels). */
export const GRADING_DETAIL_LABELS: Readonly<Record<string, (value: unknown) => LocalizedText | undefined>> =
  {};
