import type { DetailsWithNames, LocalizedText } from '@sales/shared/domain';
import { DIRECTIVES_DETAIL_LABELS, DIRECTIVES_ERROR_MESSAGES } from './directives/directives-errors';
import { FORMS_DETAIL_LABELS, FORMS_ERROR_MESSAGES } from './forms/forms-errors';
import { SIGNING_DETAIL_LABELS, SIGNING_ERROR_MESSAGES } from './signing/signing-errors';
import { INSTALLATION_DETAIL_LABELS, INSTALLATION_ERROR_MESSAGES } from './installation/installation-errors';
import { RECEIVABLES_DETAIL_LABELS, RECEIVABLES_ERROR_MESSAGES } from './receivables/receivables-errors';
import { CATALOGUE_DETAIL_LABELS, CATALOGUE_ERROR_MESSAGES } from './catalogue/catalogue-errors';
import { REPORTS_DETAIL_LABELS, REPORTS_ERROR_MESSAGES } from './reports/reports-errors';

/** contracts' error catalogue, by slice; registered with the context (`errorMessages`). */
export const CONTRACTS_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  ...FORMS_ERROR_MESSAGES,
  ...REPORTS_ERROR_MESSAGES,
  ...DIRECTIVES_ERROR_MESSAGES,
  ...SIGNING_ERROR_MESSAGES,
  ...INSTALLATION_ERROR_MESSAGES,
  ...RECEIVABLES_ERROR_MESSAGES,
  ...CATALOGUE_ERROR_MESSAGES,
};

export const CONTRACTS_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  ...FORMS_DETAIL_LABELS,
  ...REPORTS_DETAIL_LABELS,
  ...DIRECTIVES_DETAIL_LABELS,
  ...SIGNING_DETAIL_LABELS,
  ...INSTALLATION_DETAIL_LABELS,
  ...RECEIVABLES_DETAIL_LABELS,
  ...CATALOGUE_DETAIL_LABELS,
};
