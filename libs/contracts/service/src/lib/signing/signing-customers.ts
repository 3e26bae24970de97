import { Injectable } from '@nestjs/common';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';

/**
 * "The customer must exist", from contracts' replica of customers' published events (never
 * customers' database): a `customer-<id>` stream holding its CustomerRegistered. Stands in until
 * the customers reader of the reports slice is there.
 */
@Injectable()
export class SigningCustomers {
  constructor(@InjectContext('contracts') private readonly runtime: ContextRuntime) {}

  async exists(customerId: string): Promise<boolean> {
    const events = await this.runtime.replica('customers').read(`customer-${customerId}`);
    return events.some((event) => event.type === 'CustomerRegistered');
  }
}
