import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type CustomerCommand,
  type CustomerContact,
  type CustomerProfile,
  type ExistingCustomer,
  canReadCustomer,
  customerDecider,
  customerStreamId,
  duplicateKeysOf,
  sameKey,
} from '@sales/customers/domain';
import type { OwnerChangeReason } from '@sales/customers/events';
import type { OrgTree } from '@sales/org/events';
import {
  type Actor,
  type Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  SYSTEM_ACTOR,
} from '@sales/shared/domain';
import { type CommandOutcome, commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { GradingService } from '../grading/grading.service';
import { CustomersOrgReader } from '../org/customers-org.reader';
import { PoolPlacement } from '../pool/pool-placement';
import { CustomerIndex } from './customer-index';
import { DuplicateKeys } from './duplicate-keys';
import { personLabel, withPeopleNamed } from './people-names';

export type CustomerRecord = Readonly<{
  profile: CustomerProfile;
  contacts: readonly CustomerContact[];
  notes: string;
}>;

/** A phone shared with other customers: accepted (switchboards are shared), with a warning. */
export type PossibleDuplicate = Readonly<{ customerId: string; name: string; owner: string }>;

export type RegistrationOutcome = CommandOutcome &
  Readonly<{
    customerId: string;
    warnings: readonly { code: 'shared-phone'; customers: PossibleDuplicate[] }[];
  }>;

/** 客户 (C1, C6): the customer aggregate (`customer-<id>` streams) with its duplicate keys. */
@Injectable()
export class RegistryService {
  constructor(
    @InjectContext('customers') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: CustomersOrgReader,
    private readonly keys: DuplicateKeys,
    private readonly index: CustomerIndex,
    private readonly placement: PoolPlacement,
    private readonly grading: GradingService,
  ) {}

  async register(record: CustomerRecord & { ownerId: string | null | undefined }, actor: Actor) {
    const org = await this.org.treeToday();
    const customerId = randomUUID();
    const command: CustomerCommand = {
      type: 'RegisterCustomer',
      data: { ...record, customerId, actor, org, today: this.clock.today() },
    };
    // Refuse bad input before any key is reserved.
    const [registered] = this.named(org, () =>
      customerDecider.decide(command, customerDecider.initialState()),
    );
    const ownerId = (registered.data as { ownerId: string | null }).ownerId;
    await this.reserving(org, actor, () =>
      this.keys.reserveAll(duplicateKeysOf(record.profile), customerId, ownerId, actor),
    );
    const outcome = await this.execute(customerId, command, actor, org);
    return { ...outcome, customerId, warnings: this.phoneWarnings(record.contacts, customerId, org) };
  }

  /** An edit that renames reserves the new keys first and releases the old ones after. */
  async edit(customerId: string, record: CustomerRecord, actor: Actor) {
    const org = await this.org.treeToday();
    const current = await this.existing(customerId);
    const before = duplicateKeysOf(current.profile);
    const after = duplicateKeysOf(record.profile);
    const added = after.filter((key) => !before.some((held) => sameKey(held, key)));
    const removed = before.filter((key) => !after.some((kept) => sameKey(kept, key)));
    const command: CustomerCommand = {
      type: 'EditCustomer',
      data: { ...record, actor, org, today: this.clock.today() },
    };
    this.named(org, () => customerDecider.decide(command, current));
    await this.reserving(org, actor, () => this.keys.reserveAll(added, customerId, current.ownerId, actor));
    const outcome = await this.execute(customerId, command, actor, org);
    await this.keys.releaseAll(removed, customerId, actor);
    return { ...outcome, warnings: this.phoneWarnings(record.contacts, customerId, org) };
  }

  /** A transfer takes a place in the receiver's book first: the pool's caps hold for it too. */
  async transfer(
    customerId: string,
    to: { toOwnerId: string; reason: OwnerChangeReason; note: string },
    actor: Actor,
  ) {
    const org = await this.org.treeToday();
    const customer = await this.existing(customerId);
    const today = this.clock.today();
    return this.placement.give(
      customer,
      { personId: to.toOwnerId, kind: 'transfer' },
      (pool) => ({ type: 'TransferCustomer', data: { ...to, actor, org, today, pool } }),
      actor,
      org,
    );
  }

  /**
   * One command moves a person's customers (the resignation handover, a territory change): each
   * customer is its own stream, so each transfer stands alone and the answer lists what moved
   * and what was refused, with why.
   */
  async transferAll(
    from: { fromOwnerId: string; customerIds?: readonly string[] },
    to: { toOwnerId: string; reason: OwnerChangeReason; note: string },
    actor: Actor,
  ) {
    await this.index.rebuild();
    const owned = this.index.all().filter((c) => c.mergedInto === null && c.ownerId === from.fromOwnerId);
    const chosen = from.customerIds ? owned.filter((c) => from.customerIds?.includes(c.customerId)) : owned;
    const transferred: string[] = [];
    const refused: { customerId: string; code: string }[] = [];
    for (const { customerId } of chosen) {
      try {
        await this.transfer(customerId, to, actor);
        transferred.push(customerId);
      } catch (error) {
        if (
          !(
            error instanceof ForbiddenError ||
            error instanceof ConflictError ||
            (error as { code?: string }).code
          )
        )
          throw error;
        refused.push({ customerId, code: (error as { code: string }).code });
      }
    }
    return { transferred, refused };
  }

  /** 合并: the duplicate first (so it stops taking commands), then the survivor takes its contacts. */
  async merge(duplicateId: string, survivorId: string, actor: Actor) {
    const org = await this.org.treeToday();
    const [duplicate, survivor] = await Promise.all([this.existing(duplicateId), this.existing(survivorId)]);
    const today = this.clock.today();
    if (duplicate.mergedInto !== survivorId) {
      await this.execute(
        duplicateId,
        { type: 'MergeCustomer', data: { survivor, actor, org, today } },
        actor,
        org,
      );
    }
    const merged = await this.existing(duplicateId);
    const outcome = await this.execute(
      survivorId,
      { type: 'AbsorbCustomer', data: { merged, actor, org, today } },
      actor,
      org,
    );
    // The duplicate's cash inflow now grades the survivor (idempotent: a retried merge adds nothing).
    await this.grading.absorbMerged(duplicateId, survivorId);
    return outcome;
  }

  /**
   * The port contracts' policy calls for every contract signed with a customer (wired in the
   * contracts issue): the signing is recorded (the pool's no-contract rule), the first activates.
   */
  async activate(customerId: string, contractId: string, signedOn: string) {
    const resolved = await this.resolve(customerId);
    return this.execute(
      resolved.customerId,
      { type: 'RecordContractSigned', data: { contractId, signedOn } },
      SYSTEM_ACTOR,
    );
  }

  /** A customer as the caller may see it; a merged id resolves to its survivor. */
  async view(customerId: string, actor: Actor): Promise<ExistingCustomer> {
    const [customer, org] = await Promise.all([this.resolve(customerId), this.org.treeToday()]);
    if (!canReadCustomer(actor, customer, org)) {
      throw withPeopleNamed(
        new ForbiddenError('not-your-customer', { customerId, userId: actor.userId }),
        org,
      );
    }
    return customer;
  }

  /**
   * The customer's history, who and when: its own record's and, after a merge, the records merged
   * into it (each step says which record it belongs to), in the order they were recorded.
   */
  async history(customerId: string, actor: Actor) {
    const customer = await this.view(customerId, actor);
    const org = await this.org.treeToday();
    const records = [customer.customerId, ...customer.absorbed];
    const streams = await Promise.all(
      records.map(async (id) => ({ id, ...(await this.runtime.store.readStream(customerStreamId(id))) })),
    );
    return streams
      .flatMap(({ id, events }) =>
        events.map((e) => ({
          customerId: id,
          version: e.version,
          type: e.type,
          recordedAt: e.time,
          recordedBy: personLabel(org, e.actor.userId),
          data: e.data,
        })),
      )
      .sort(
        (a, b) =>
          a.recordedAt.localeCompare(b.recordedAt) ||
          records.indexOf(a.customerId) - records.indexOf(b.customerId) ||
          a.version - b.version,
      );
  }

  /** Follows merges to the record that stands for the company now. */
  async resolve(customerId: string): Promise<ExistingCustomer> {
    let customer = await this.existing(customerId);
    for (let hops = 0; customer.mergedInto !== null && hops < 16; hops++)
      customer = await this.existing(customer.mergedInto);
    return customer;
  }

  async existing(customerId: string): Promise<ExistingCustomer> {
    const customer = await this.index.customer(customerId);
    if (!customer) throw new NotFoundError('unknown-customer', { customerId });
    return customer;
  }

  private async execute(customerId: string, command: CustomerCommand, actor: Actor, org?: OrgTree) {
    const streamId = customerStreamId(customerId);
    try {
      const result = await this.runtime.commands.execute(customerDecider, streamId, command, actor);
      await this.index.record(streamId, result.events);
      return commandOutcome(result);
    } catch (error) {
      throw org ? withPeopleNamed(error, org) : error;
    }
  }

  private named<T>(org: OrgTree, decide: () => T): T {
    try {
      return decide();
    } catch (error) {
      throw withPeopleNamed(error, org);
    }
  }

  /**
   * A duplicate names the existing customer and its owner; someone who may not read that
   * customer learns only that it exists and who owns it.
   */
  private async reserving(org: OrgTree, actor: Actor, reserve: () => Promise<void>) {
    try {
      await reserve();
    } catch (error) {
      if (!(error instanceof ConflictError) || error.code !== 'duplicate-customer') throw error;
      const existing = await this.index.customer(String(error.details.customerId));
      const visible = existing !== undefined && canReadCustomer(actor, existing, org);
      const { value: _value, name: _name, ...details } = error.details;
      throw new ConflictError('duplicate-customer', {
        ...details,
        customer: visible ? `${existing.profile.name}（${existing.customerId}）` : String(details.customerId),
        owner: personLabel(org, details.ownerId),
      });
    }
  }

  private phoneWarnings(contacts: readonly CustomerContact[], customerId: string, org: OrgTree) {
    const others = this.index.withPhones(
      contacts.flatMap((c) => c.phones),
      customerId,
    );
    if (others.length === 0) return [];
    const customers = others.map((c) => ({
      customerId: c.customerId,
      name: c.profile.name,
      owner: personLabel(org, c.ownerId),
    }));
    return [{ code: 'shared-phone' as const, customers }];
  }
}
