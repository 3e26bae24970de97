import {
  type Aggregate,
  type BusinessDate,
  type Command,
  DomainError,
  type DomainEvent,
  isCurrencyCode,
} from '@sales/shared/domain';
import { contractsPublishedEvent } from '@sales/contracts/events';
import type { ReceivablesPerson } from './receivable-commands';
import { assertFinance } from './receivable-rules';

/*
 * 信用额度 (K5): finance sets a limit per customer, stream `credit-limit-<customerId>`. Signing
 * (K3) compares it with the customer's open receivables (CUSTOMER_CREDIT); null clears it.
 */

export const CREDIT_LIMIT_STREAM_PREFIX = 'credit-limit-';
export const creditLimitStreamId = (customerId: string) => `${CREDIT_LIMIT_STREAM_PREFIX}${customerId}`;

export type CreditLimitState = Readonly<{
  customerId: string | null;
  limitMinor: number | null;
  currency: string | null;
  setOn: BusinessDate | null;
}>;

export type CreditLimitSet = DomainEvent<
  'CreditLimitSet',
  Readonly<{
    customerId: string;
    limitMinor: number | null;
    currency: string;
    setBy: string;
    setOn: BusinessDate;
  }>
>;
export type CreditLimitEvent = CreditLimitSet;

export type SetCreditLimit = Command<
  'SetCreditLimit',
  Readonly<{
    customerId: string;
    limitMinor: number | null;
    currency: string;
    by: ReceivablesPerson;
    today: BusinessDate;
  }>
>;
export type CreditLimitCommand = SetCreditLimit;

function decide(command: CreditLimitCommand, state: CreditLimitState): CreditLimitEvent[] {
  const { customerId, limitMinor, currency, by, today } = command.data;
  assertFinance(by);
  if (limitMinor !== null && (!Number.isSafeInteger(limitMinor) || limitMinor < 0))
    throw new DomainError('credit-limit-not-fen', { field: 'limitMinor', value: String(limitMinor) });
  if (!isCurrencyCode(currency))
    throw new DomainError('credit-limit-currency', { field: 'currency', currency });
  // The same limit again (a retried request) changes nothing.
  if (state.customerId !== null && state.limitMinor === limitMinor && state.currency === currency) return [];
  return [
    { type: 'CreditLimitSet', data: { customerId, limitMinor, currency, setBy: by.personId, setOn: today } },
  ];
}

export const creditLimitDecider: Aggregate<CreditLimitState, CreditLimitCommand, CreditLimitEvent> = {
  initialState: () => ({ customerId: null, limitMinor: null, currency: null, setOn: null }),
  evolve: (_state, event) => ({
    customerId: event.data.customerId,
    limitMinor: event.data.limitMinor,
    currency: event.data.currency,
    setOn: event.data.setOn,
  }),
  decide,
  publish: (event) => [contractsPublishedEvent('CreditLimitSet', { ...event.data })],
};
