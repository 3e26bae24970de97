import type { DetailsWithNames, LocalizedText } from '@sales/shared/domain';

/** zh-CN/en texts of the summary slice's error codes. */
export const SUMMARY_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {};

export const SUMMARY_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {};
