import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { requestApprover } from '@sales/customers/domain';
import { type Actor, type Clock, NotFoundError } from '@sales/shared/domain';
import { CLOCK } from '@sales/shared/runtime';
import { CustomersOrgReader } from '../org/customers-org.reader';
import { CustomerIndex } from '../registry/customer-index';
import { personLabel } from '../registry/people-names';
import { RegistryService } from '../registry/registry.service';
import { CustomerStreams } from './customer-streams';
import { PoolPlacement } from './pool-placement';

/**
 * 撞单 requests (C6): asked by whoever found the customer owned by someone else, decided by the
 * owner's manager as of today. The requester may not read the customer: they learn who decides,
 * not its details.
 */
@Injectable()
export class CustomerRequestsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: CustomersOrgReader,
    private readonly index: CustomerIndex,
    private readonly registry: RegistryService,
    private readonly streams: CustomerStreams,
    private readonly placement: PoolPlacement,
  ) {}

  async request(customerId: string, reason: string, actor: Actor) {
    const [org, customer] = await Promise.all([this.org.treeToday(), this.registry.existing(customerId)]);
    const requestId = randomUUID();
    const outcome = await this.streams.execute(
      customer.customerId,
      { type: 'RequestCustomer', data: { actor, org, today: this.clock.today(), requestId, reason } },
      actor,
      org,
    );
    const approverId = customer.ownerId && requestApprover(org, customer.ownerId, actor.userId);
    return { ...outcome, requestId, approverId, approver: personLabel(org, approverId) };
  }

  async approve(customerId: string, requestId: string, note: string, actor: Actor) {
    const [org, customer] = await Promise.all([this.org.treeToday(), this.registry.existing(customerId)]);
    const request = customer.requests.find((r) => r.requestId === requestId);
    if (!request) throw new NotFoundError('unknown-customer-request', { customerId, requestId });
    const today = this.clock.today();
    return this.placement.give(
      customer,
      { personId: request.requesterId, kind: 'request' },
      (pool) => ({ type: 'ApproveCustomerRequest', data: { ...pool, actor, org, today, requestId, note } }),
      actor,
      org,
    );
  }

  async reject(customerId: string, requestId: string, note: string, actor: Actor) {
    const [org, customer] = await Promise.all([this.org.treeToday(), this.registry.existing(customerId)]);
    return this.streams.execute(
      customer.customerId,
      { type: 'RejectCustomerRequest', data: { actor, org, today: this.clock.today(), requestId, note } },
      actor,
      org,
    );
  }

  /**
   * The caller's work-list: pending requests they decide (their people's customers, as the tree
   * stands today), and the requests they made themselves, with how each ended.
   */
  async list(actor: Actor) {
    const org = await this.org.treeToday();
    const live = this.index.all().filter((c) => c.mergedInto === null);
    const toDecide = live.flatMap((c) =>
      c.requests
        .filter(
          (r) =>
            r.status === 'pending' &&
            c.ownerId !== null &&
            requestApprover(org, c.ownerId, r.requesterId) === actor.userId,
        )
        .map((r) => ({
          customerId: c.customerId,
          name: c.profile.name,
          requestId: r.requestId,
          requesterId: r.requesterId,
          requester: personLabel(org, r.requesterId),
          ownerId: c.ownerId,
          owner: personLabel(org, c.ownerId),
          reason: r.reason,
          requestedOn: r.requestedOn,
        })),
    );
    // Their own: no customer details (they may be outside the requester's scope).
    const mine = live.flatMap((c) =>
      c.requests
        .filter((r) => r.requesterId === actor.userId)
        .map((r) => ({
          customerId: c.customerId,
          requestId: r.requestId,
          owner: personLabel(org, r.ownerId),
          status: r.status,
          requestedOn: r.requestedOn,
          decidedOn: r.decidedOn,
          decider: r.deciderId === null ? null : personLabel(org, r.deciderId),
          note: r.note,
        })),
    );
    return { toDecide, mine };
  }
}
