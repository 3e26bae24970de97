import type { DetailsWithNames, LocalizedText } from '@sales/shared/domain';

/** zh-CN/en texts of the cycle slice's error codes. */
export const CYCLE_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {};

export const CYCLE_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {};
