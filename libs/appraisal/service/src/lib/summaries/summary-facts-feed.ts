import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type SummaryFact, figureTallyDecider, figureTallyStreamId } from '@sales/appraisal/domain';
import { CONTRACTS_CONTEXT } from '@sales/contracts/events';
import { CUSTOMERS_CONTEXT } from '@sales/customers/events';
import { SYSTEM_ACTOR } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';

/** The consumer groups the summaries' tally reads with (one per deployment, shared by replicas). */
export const SUMMARY_CUSTOMERS_GROUP = 'appraisal.summaries.customers';
export const SUMMARY_CONTRACTS_GROUP = 'appraisal.summaries.contracts';

type Fields = Record<string, unknown>;

/** A consumed event the tally cannot read: thrown, so it is retried and then dead-lettered. */
export class UnreadableFactEvent extends Error {
  constructor(event: EventEnvelope, why: string) {
    super(`cannot read ${event.type} v${event.schemaVersion} ${event.id}: ${why}`);
    this.name = 'UnreadableFactEvent';
  }
}

/**
 * The fact a summary counts from one of customers' or contracts' published events (v1), credited
 * to the person it names: the visiting salesperson, the registered customer's owner, the
 * contract's owner. Undefined for everything else (and for a customer registered into the pool).
 */
export function summaryFactOf(event: EventEnvelope): SummaryFact | undefined {
  if (event.schemaVersion !== 1) return undefined;
  const data = event.data as Fields;
  const text = (field: string) => {
    const value = data[field];
    if (typeof value !== 'string' || !value)
      throw new UnreadableFactEvent(event, `${field} is not a non-empty string`);
    return value;
  };
  const fen = (field: string) => {
    const value = data[field];
    if (typeof value !== 'number' || !Number.isSafeInteger(value))
      throw new UnreadableFactEvent(event, `${field} is not an integer amount in minor units`);
    return value;
  };
  const fact = (
    personId: string,
    kind: SummaryFact['kind'],
    on: string,
    money?: { amountField: string },
  ): SummaryFact => ({
    eventId: event.id,
    personId,
    kind,
    on,
    amountMinor: money ? fen(money.amountField) : null,
    currency: money ? text('currency') : null,
  });
  switch (`${event.context}/${event.type}`) {
    case `${CUSTOMERS_CONTEXT}/VisitLogged`:
      return fact(text('salespersonId'), 'visit', text('businessDate'));
    case `${CUSTOMERS_CONTEXT}/CustomerRegistered`:
      return typeof data['ownerId'] === 'string' && data['ownerId']
        ? fact(text('ownerId'), 'customer-registered', text('registeredOn'))
        : undefined;
    case `${CONTRACTS_CONTEXT}/ContractSigned`:
      return fact(text('ownerId'), 'contract-signed', text('signedOn'), { amountField: 'amountMinor' });
    case `${CONTRACTS_CONTEXT}/PaymentReceived`:
      return fact(text('ownerId'), 'payment', text('receivedOn'), { amountField: 'amountMinor' });
    case `${CONTRACTS_CONTEXT}/PaymentReversed`:
      return fact(text('ownerId'), 'payment-reversal', text('reversedOn'), { amountField: 'amountMinor' });
    default:
      return undefined;
  }
}

/**
 * 本期数据: counts customers' and contracts' published facts into appraisal's own store, one
 * tally stream per person and month, each fact once by its event id — so a summary is pre-filled
 * with the period's own figures however often the events are delivered (a relay republishing, a
 * rebalance, the in-process bus replaying history at start).
 */
@Injectable()
export class SummaryFactsFeed implements OnModuleInit {
  constructor(@InjectContext('appraisal') private readonly runtime: ContextRuntime) {}

  async onModuleInit(): Promise<void> {
    await this.runtime.subscribe({
      groupId: SUMMARY_CUSTOMERS_GROUP,
      topics: [this.runtime.topicOf(CUSTOMERS_CONTEXT)],
      fromBeginning: true,
      handle: (event) => this.count(event),
    });
    await this.runtime.subscribe({
      groupId: SUMMARY_CONTRACTS_GROUP,
      topics: [this.runtime.topicOf(CONTRACTS_CONTEXT)],
      fromBeginning: true,
      handle: (event) => this.count(event),
    });
  }

  async count(event: EventEnvelope): Promise<void> {
    const fact = summaryFactOf(event);
    if (!fact) return;
    await this.runtime.commands.execute(
      figureTallyDecider,
      figureTallyStreamId(fact.personId, fact.on.slice(0, 7)),
      { type: 'CountSummaryFact', data: { fact } },
      SYSTEM_ACTOR,
      { causationId: event.id, correlationId: event.correlationId },
    );
  }
}
