import type { OnApplicationShutdown } from '@nestjs/common';
import {
  CUSTOMER_EVENT_TYPES,
  type Customer,
  type CustomerEvent,
  type ExistingCustomer,
  customerDecider,
  customerStreamId,
  normalisePhone,
} from '@sales/customers/domain';
import type { EventEnvelope, EventStore } from '@sales/shared/event-sourcing';

type Held = { version: number; customer: Customer };

/** The store reads the index needs: a pass to rebuild, and one stream to catch up. */
export type CustomerSource = Pick<EventStore, 'readAll' | 'readStream'>;

/**
 * 客户列表's read model: every customer record, folded up to a stream version. Idempotent by
 * position: an event is applied only when it is the next of its stream, so redelivered or
 * already-folded events change nothing, and a gap is filled by reading the stream.
 *
 * Another replica's new customers are found by a full pass every `refreshMs` (default 30 s) and
 * at start; records held are refreshed before they are shown. Duplicate checks never depend on
 * this index (they use key reservations); only the phone warning and lists do, so a list may
 * miss another replica's registration for up to `refreshMs`.
 */
export class CustomerIndex implements OnApplicationShutdown {
  private readonly held = new Map<string, Held>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly source: CustomerSource,
    private readonly refreshMs = 30_000,
  ) {}

  async rebuild(): Promise<void> {
    for await (const event of this.source.readAll()) {
      if (CUSTOMER_EVENT_TYPES.has(event.type)) this.apply([event]);
    }
  }

  startRefreshing(): void {
    this.timer ??= setInterval(() => void this.rebuild().catch(() => undefined), this.refreshMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  apply(events: readonly EventEnvelope[]): boolean {
    for (const event of events) {
      const current = this.held.get(event.streamId) ?? {
        version: 0,
        customer: customerDecider.initialState(),
      };
      if (event.version <= current.version) continue;
      if (event.version !== current.version + 1) return false;
      this.held.set(event.streamId, {
        version: event.version,
        customer: customerDecider.evolve(current.customer, {
          type: event.type,
          data: event.data,
        } as CustomerEvent),
      });
    }
    return true;
  }

  async record(streamId: string, events: readonly EventEnvelope[]): Promise<void> {
    if (!this.apply(events)) await this.catchUp(streamId);
  }

  async catchUp(streamId: string): Promise<void> {
    const { events } = await this.source.readStream(streamId);
    this.apply(events);
  }

  /** One customer brought up to what the store holds now. */
  async customer(customerId: string): Promise<ExistingCustomer | undefined> {
    await this.catchUp(customerStreamId(customerId));
    const customer = this.held.get(customerStreamId(customerId))?.customer;
    return customer && customer.status !== 'none' ? customer : undefined;
  }

  /** Every customer record held (merged ones included), as last folded. */
  all(): ExistingCustomer[] {
    return [...this.held.values()].flatMap(({ customer }) => (customer.status === 'none' ? [] : [customer]));
  }

  /** Live records (not merged away) with a contact phone equal to one of `phones` after normalising. */
  withPhones(phones: readonly string[], except: string): ExistingCustomer[] {
    const wanted = new Set(phones.map(normalisePhone));
    return this.all().filter(
      (c) =>
        c.customerId !== except &&
        c.mergedInto === null &&
        c.contacts.some((contact) => contact.phones.some((phone) => wanted.has(normalisePhone(phone)))),
    );
  }
}
