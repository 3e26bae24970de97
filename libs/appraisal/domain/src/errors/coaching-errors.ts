import type { DetailsWithNames, LocalizedText } from '@sales/shared/domain';

/** zh-CN/en texts of the coaching slice's error codes. */
export const COACHING_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {};

export const COACHING_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {};
