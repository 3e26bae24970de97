import type { DetailsWithNames, LocalizedText } from '@sales/shared/domain';

/** zh-CN/en texts of the meeting slice's error codes. */
export const MEETING_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {};

export const MEETING_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {};
