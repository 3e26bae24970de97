import { type PublishedEventSpec, publishedEventFactory } from '@sales/shared/domain';
import { DIRECTIVES_EVENT_SPECS } from './directives-event-specs';
import type { DirectivesPublishedEvent } from './directives-events';
import { FORMS_EVENT_SPECS } from './forms-event-specs';
import type { FormsPublishedEvent } from './forms-events';
import { SIGNING_EVENT_SPECS } from './signing-event-specs';
import type { SigningPublishedEvent } from './signing-events';
import { INSTALLATION_EVENT_SPECS } from './installation-event-specs';
import type { InstallationPublishedEvent } from './installation-events';
import { RECEIVABLES_EVENT_SPECS } from './receivables-event-specs';
import type { ReceivablesPublishedEvent } from './receivables-events';
import { CATALOGUE_EVENT_SPECS } from './catalogue-event-specs';
import type { CataloguePublishedEvent } from './catalogue-events';
import { REPORTS_EVENT_SPECS } from './reports-event-specs';
import type { ReportsPublishedEvent } from './reports-events';

/** Every event contracts publishes, at the versions it publishes now. */
export type ContractsPublishedEvent =
  | FormsPublishedEvent
  | ReportsPublishedEvent
  | DirectivesPublishedEvent
  | SigningPublishedEvent
  | InstallationPublishedEvent
  | ReceivablesPublishedEvent
  | CataloguePublishedEvent;

/** contracts' published events (`sales.contracts.events`), by slice. */
export const CONTRACTS_EVENT_CATALOGUE: readonly PublishedEventSpec[] = [
  ...FORMS_EVENT_SPECS,
  ...REPORTS_EVENT_SPECS,
  ...DIRECTIVES_EVENT_SPECS,
  ...SIGNING_EVENT_SPECS,
  ...INSTALLATION_EVENT_SPECS,
  ...RECEIVABLES_EVENT_SPECS,
  ...CATALOGUE_EVENT_SPECS,
];

/** A published contracts event at its current version (for the contracts publications). */
export const contractsPublishedEvent =
  publishedEventFactory<ContractsPublishedEvent>(CONTRACTS_EVENT_CATALOGUE);
