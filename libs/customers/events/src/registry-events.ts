import type { PublishedEvent } from '@sales/shared/domain';
import type { CustomerStatus, OwnerChangeReason } from './customers-events';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/*
 * The registry's PUBLISHED events (`sales.customers.events`, key = customer id). They carry the
 * company and its ids only: contacts' names, phones and emails, notes and the address stay in
 * customers' internal events (PIPL) and reach other systems only through the API, with scope.
 */

/** 客户登记: a company entered in the registry, owned by a salesperson or in the pool. */
export type CustomerRegisteredV1 = PublishedEvent<
  'CustomerRegistered',
  Readonly<{
    customerId: string;
    name: string;
    creditCode: string | null;
    industry: string;
    region: string;
    source: string;
    status: CustomerStatus;
    ownerId: string | null;
    divisionId: string | null;
    registeredOn: BusinessDate;
  }>
>;

/** The company's own facts changed (name, credit code, industry, region, source). */
export type CustomerProfileChangedV1 = PublishedEvent<
  'CustomerProfileChanged',
  Readonly<{
    customerId: string;
    name: string;
    creditCode: string | null;
    industry: string;
    region: string;
    source: string;
    changedOn: BusinessDate;
  }>
>;

/** 潜在 → 成交: the customer's first contract was signed. */
export type CustomerActivatedV1 = PublishedEvent<
  'CustomerActivated',
  Readonly<{ customerId: string; contractId: string; activatedOn: BusinessDate }>
>;

/**
 * The customer changed hands (C6 transfer, C7 pool return or claim): owner and division on both
 * sides, so ownership at any date is a fold of these (KPI P5 counts customers owned at period end).
 * A null owner is the company pool (公海).
 */
export type CustomerOwnerChangedV1 = PublishedEvent<
  'CustomerOwnerChanged',
  Readonly<{
    customerId: string;
    fromOwnerId: string | null;
    fromDivisionId: string | null;
    toOwnerId: string | null;
    toDivisionId: string | null;
    reason: OwnerChangeReason;
    effectiveOn: BusinessDate;
  }>
>;

/** Two records of one company became one: `customerId` now resolves to `survivorId`. */
export type CustomerMergedV1 = PublishedEvent<
  'CustomerMerged',
  Readonly<{ customerId: string; survivorId: string; mergedOn: BusinessDate }>
>;

export type RegistryPublishedEvent =
  | CustomerRegisteredV1
  | CustomerProfileChangedV1
  | CustomerActivatedV1
  | CustomerOwnerChangedV1
  | CustomerMergedV1;
