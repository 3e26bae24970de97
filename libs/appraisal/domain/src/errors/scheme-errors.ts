import type { DetailsWithNames, LocalizedText } from '@sales/shared/domain';

/** zh-CN/en texts of the scheme slice's error codes. */
export const SCHEME_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {};

export const SCHEME_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {};
