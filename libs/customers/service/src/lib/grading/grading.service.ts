import { Inject, Injectable } from '@nestjs/common';
import {
  type CustomerGradeCommand,
  type CustomerGradeEvent,
  type GradeChanged,
  type GradingPolicy,
  canReadCustomer,
  customerGradeDecider,
  customerGradeStreamId,
} from '@sales/customers/domain';
import {
  type Actor,
  type BusinessDate,
  type Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  SYSTEM_ACTOR,
  fold,
} from '@sales/shared/domain';
import { type CommandOutcome, commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { CustomersOrgReader } from '../org/customers-org.reader';
import { CustomerDirectory, type CustomerSummary } from '../registry/customer-directory';
import type {
  CashInflowPort,
  CustomerContractSigned,
  PaymentReceived,
  PaymentReversalReceived,
} from './cash-inflow.port';
import { GradeIndex } from './grade-index';
import { GradingPolicyService } from './grading-policy.service';

/** The policy and the day a grading command is decided with. */
export type GradingCircumstances = Readonly<{ policy: GradingPolicy; today: BusinessDate }>;

/** A command once the circumstances are known. */
type GradeCommandFor = (circumstances: GradingCircumstances) => CustomerGradeCommand;

/** A policy read just before another replica set a newer one is read again, this many times. */
const POLICY_RETRIES = 3;

/**
 * 客户等级 (C2): the customer-grade aggregate (`customer-grade-<id>` streams). It is the
 * CashInflowPort contracts' payments reach grading through, runs the scheduler's daily reviews
 * and policy re-gradings, and answers a customer's grade history within the caller's scope.
 */
@Injectable()
export class GradingService implements CashInflowPort {
  constructor(
    @InjectContext('customers') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly policies: GradingPolicyService,
    private readonly directory: CustomerDirectory,
    private readonly org: CustomersOrgReader,
    private readonly index: GradeIndex,
  ) {}

  async activate({ customerId, contractId, activatedOn }: CustomerContractSigned): Promise<CommandOutcome> {
    const { customerId: id } = await this.existing(customerId);
    return this.decide(id, (now) => ({
      type: 'ActivateForGrading',
      data: { customerId: id, contractId, activatedOn, ...now },
    }));
  }

  async recordPayment(payment: PaymentReceived): Promise<CommandOutcome> {
    const { customerId: id } = await this.existing(payment.customerId);
    const { paymentId, amountMinor, currency, receivedOn } = payment;
    return this.decide(id, (now) => ({
      type: 'RecordPayment',
      data: { paymentId, customerId: id, amountMinor, currency, receivedOn, ...now },
    }));
  }

  async recordReversal(reversal: PaymentReversalReceived): Promise<CommandOutcome> {
    const { customerId: id } = await this.existing(reversal.customerId);
    const { paymentId, reversalOf, amountMinor, receivedOn } = reversal;
    return this.decide(id, (now) => ({
      type: 'RecordPaymentReversal',
      data: { paymentId, reversalOf, amountMinor, receivedOn, ...now },
    }));
  }

  /**
   * 合并: the duplicate's activation, payments and reversals are recorded again on the survivor's
   * grade stream, by their own payment ids, so they count there once (a retried merge adds nothing);
   * later payments naming the duplicate resolve to the survivor already.
   */
  async absorbMerged(mergedId: string, survivorId: string): Promise<void> {
    const { events } = await this.runtime.store.readStream(customerGradeStreamId(mergedId));
    const merged = fold(
      customerGradeDecider,
      events.map(({ type, data }) => ({ type, data }) as CustomerGradeEvent),
    );
    if (merged.activatedOn === null && Object.keys(merged.inflows).length === 0) return;
    if (merged.activatedOn !== null) {
      const activatedOn = merged.activatedOn;
      await this.decide(survivorId, (now) => ({
        type: 'ActivateForGrading',
        data: { customerId: survivorId, contractId: `merged:${mergedId}`, activatedOn, ...now },
      }));
    }
    const inflows = Object.values(merged.inflows).sort(
      (a, b) =>
        Number(a.reversalOf !== null) - Number(b.reversalOf !== null) ||
        a.receivedOn.localeCompare(b.receivedOn),
    );
    for (const { paymentId, amountMinor, currency, receivedOn, reversalOf } of inflows) {
      await this.decide(survivorId, (now) =>
        reversalOf === null
          ? {
              type: 'RecordPayment',
              data: { paymentId, customerId: survivorId, amountMinor, currency, receivedOn, ...now },
            }
          : {
              type: 'RecordPaymentReversal',
              data: { paymentId, reversalOf, amountMinor: -amountMinor, receivedOn, ...now },
            },
      );
    }
  }

  /** The daily slide of one graded customer's window (the scheduler's run). */
  review(customerId: string, circumstances: GradingCircumstances): Promise<CommandOutcome> {
    return this.execute(customerId, { type: 'ReviewGrade', data: circumstances });
  }

  /** Re-grades one graded customer with a new policy version (the scheduler's run). */
  applyPolicy(customerId: string, circumstances: GradingCircumstances): Promise<CommandOutcome> {
    return this.execute(customerId, { type: 'ApplyPolicy', data: circumstances });
  }

  /** 等级变更记录: the current grade and every change, oldest first, for whoever may read the customer. */
  async history(customerId: string, actor: Actor) {
    const customer = await this.existing(customerId);
    const org = await this.org.treeToday();
    if (!canReadCustomer(actor, customer, org))
      throw new ForbiddenError('not-your-customer', { customerId, userId: actor.userId });
    const { events } = await this.runtime.store.readStream(customerGradeStreamId(customer.customerId));
    const state = fold(
      customerGradeDecider,
      events.map(({ type, data }) => ({ type, data }) as CustomerGradeEvent),
    );
    const changes = events
      .filter((event) => event.type === 'GradeChanged')
      .map((event) => {
        const { customerId: _id, ...change } = event.data as GradeChanged['data'];
        return { ...change, recordedAt: event.time };
      });
    return {
      customerId: customer.customerId,
      grade: state.grade,
      activatedOn: state.activatedOn,
      policyVersion: state.policyVersion,
      changes,
    };
  }

  /** Decided with the policy in force; read again when another replica set a newer one meanwhile. */
  private async decide(customerId: string, commandFor: GradeCommandFor): Promise<CommandOutcome> {
    for (let attempt = 0; ; attempt++) {
      const circumstances = { policy: await this.policies.current(), today: this.clock.today() };
      try {
        return await this.execute(customerId, commandFor(circumstances));
      } catch (error) {
        const stale = error instanceof ConflictError && error.code === 'grading-policy-changed';
        if (!stale || attempt >= POLICY_RETRIES) throw error;
      }
    }
  }

  private async execute(customerId: string, command: CustomerGradeCommand): Promise<CommandOutcome> {
    const streamId = customerGradeStreamId(customerId);
    const result = await this.runtime.commands.execute(customerGradeDecider, streamId, command, SYSTEM_ACTOR);
    await this.index.record(streamId, result.events);
    return commandOutcome(result);
  }

  /** The customer (its survivor when merged away), or 404. */
  private async existing(customerId: string): Promise<CustomerSummary> {
    const customer = await this.directory.find(customerId);
    if (!customer) throw new NotFoundError('unknown-customer', { customerId });
    return customer;
  }
}
