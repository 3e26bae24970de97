import type { DetailsWithNames, LocalizedText } from '@sales/shared/domain';

/** zh-CN/en texts of the receivables slice's error codes; `{name}` placeholders come from the error's details. */
export const RECEIVABLES_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {};

/** How the receivables slice's error details read to people. */
export const RECEIVABLES_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {};
