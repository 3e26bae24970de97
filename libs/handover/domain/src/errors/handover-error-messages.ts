import type { DetailsWithNames, LocalizedText } from '@sales/shared/domain';

/** The handover context's error catalogue (zh-CN/en), registered with the context (`errorMessages`). */
export const HANDOVER_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {};

export const HANDOVER_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {};
