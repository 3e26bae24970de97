import type { DetailsWithNames, LocalizedText } from '@sales/shared/domain';

/** The notices context's error catalogue (zh-CN/en), registered with the context (`errorMessages`). */
export const NOTICES_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {};

export const NOTICES_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {};
