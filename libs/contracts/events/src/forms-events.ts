import type { PublishedEvent } from '@sales/shared/domain';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/*
 * K1 合同领用's PUBLISHED events. Ids, numbers and dates only: no names. A form's `number` is its
 * printed number (`HT-2027-0001`); `year` is the numbering year of its book.
 */

/** 合同领用: numbered forms issued to a salesperson, consecutive within the year. */
export type FormsIssuedV1 = PublishedEvent<
  'FormsIssued',
  Readonly<{
    year: number;
    numbers: readonly string[];
    to: string;
    division: string | null;
    issuedBy: string;
    issuedOn: BusinessDate;
  }>
>;

/** 作废: the form will never bind a contract. */
export type FormVoidedV1 = PublishedEvent<
  'FormVoided',
  Readonly<{
    year: number;
    number: string;
    holderId: string;
    division: string | null;
    voidedBy: string;
    reason: string;
    voidedOn: BusinessDate;
  }>
>;

/** 退回: the holder handed the form back unused; the sales_admin received it. */
export type FormReturnedV1 = PublishedEvent<
  'FormReturned',
  Readonly<{
    year: number;
    number: string;
    holderId: string;
    division: string | null;
    receivedBy: string;
    returnedOn: BusinessDate;
  }>
>;

/** 已使用: the form is bound to a signed contract. */
export type FormUsedV1 = PublishedEvent<
  'FormUsed',
  Readonly<{
    year: number;
    number: string;
    holderId: string;
    division: string | null;
    contractId: string;
    usedOn: BusinessDate;
  }>
>;

export type FormsPublishedEvent = FormsIssuedV1 | FormVoidedV1 | FormReturnedV1 | FormUsedV1;
