import type { DetailsWithNames, LocalizedText } from '@sales/shared/domain';
import { FIELD_WORK_DETAIL_LABELS, FIELD_WORK_ERROR_MESSAGES } from './field-work/field-work-errors';
import { GRADING_DETAIL_LABELS, GRADING_ERROR_MESSAGES } from './grading/grading-errors';
import { POOL_DETAIL_LABELS, POOL_ERROR_MESSAGES } from './pool/pool-errors';
import { REGISTRY_DETAIL_LABELS, REGISTRY_ERROR_MESSAGES } from './registry/registry-errors';

/**
 * customers' error catalogue, by slice; registered with the context (`errorMessages`). A code
 * means one thing across the context, so two slices never define the same one differently.
 */
export const CUSTOMERS_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  ...REGISTRY_ERROR_MESSAGES,
  ...GRADING_ERROR_MESSAGES,
  ...FIELD_WORK_ERROR_MESSAGES,
  ...POOL_ERROR_MESSAGES,
};

export const CUSTOMERS_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  ...REGISTRY_DETAIL_LABELS,
  ...GRADING_DETAIL_LABELS,
  ...FIELD_WORK_DETAIL_LABELS,
  ...POOL_DETAIL_LABELS,
};
