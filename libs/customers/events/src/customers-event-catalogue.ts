import { type PublishedEventSpec, publishedEventFactory } from '@sales/shared/domain';
import { FIELD_WORK_EVENT_SPECS } from './field-work-event-specs';
import type { FieldWorkPublishedEvent } from './field-work-events';
import { GRADING_EVENT_SPECS } from './grading-event-specs';
import type { GradingPublishedEvent } from './grading-events';
import { POOL_EVENT_SPECS } from './pool-event-specs';
import type { PoolPublishedEvent } from './pool-events';
import { REGISTRY_EVENT_SPECS } from './registry-event-specs';
import type { RegistryPublishedEvent } from './registry-events';

/** Every event customers publishes, at the versions it publishes now. */
export type CustomersPublishedEvent =
  | RegistryPublishedEvent
  | GradingPublishedEvent
  | FieldWorkPublishedEvent
  | PoolPublishedEvent;

/** customers' published events (`sales.customers.events`), by slice: registry, grading, field work, pool. */
export const CUSTOMERS_EVENT_CATALOGUE: readonly PublishedEventSpec[] = [
  ...REGISTRY_EVENT_SPECS,
  ...GRADING_EVENT_SPECS,
  ...FIELD_WORK_EVENT_SPECS,
  ...POOL_EVENT_SPECS,
];

/** A published customers event at its current version (for the customers publications). */
export const customersPublishedEvent =
  publishedEventFactory<CustomersPublishedEvent>(CUSTOMERS_EVENT_CATALOGUE);
