import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  type ExistingCustomer,
  canReadCustomer,
  coolingUntil,
  daysBetween,
  ownedSince,
  returnDue,
} from '@sales/customers/domain';
import { type Actor, type Clock, DomainError, ForbiddenError } from '@sales/shared/domain';
import { CLOCK } from '@sales/shared/runtime';
import { CustomersOrgReader } from '../org/customers-org.reader';
import { CustomerIndex } from '../registry/customer-index';
import { personLabel } from '../registry/people-names';
import { RegistryService } from '../registry/registry.service';
import { CustomerStreams } from './customer-streams';
import { LastFollowUps, NO_FOLLOW_UPS_KNOWN } from './last-follow-ups';
import { PoolPlacement } from './pool-placement';
import { PoolPolicies } from './pool-policies';

const ASSIGNERS = ['vp', 'sales_admin', 'admin', 'division_manager'];

/** 公海 (C7): claims, assignments and releases, the pool list and the owners' warnings. */
@Injectable()
export class PoolService {
  private readonly followUps: LastFollowUps;

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: CustomersOrgReader,
    private readonly index: CustomerIndex,
    private readonly registry: RegistryService,
    private readonly placement: PoolPlacement,
    private readonly streams: CustomerStreams,
    private readonly policies: PoolPolicies,
    @Optional() followUps?: LastFollowUps,
  ) {
    this.followUps = followUps ?? NO_FOLLOW_UPS_KNOWN;
  }

  async claim(customerId: string, note: string, actor: Actor) {
    const [org, customer] = await Promise.all([this.org.treeToday(), this.registry.existing(customerId)]);
    const today = this.clock.today();
    return this.placement.give(
      customer,
      { personId: actor.userId, kind: 'claim' },
      (pool) => ({ type: 'ClaimCustomer', data: { ...pool, actor, org, today, note } }),
      actor,
      org,
    );
  }

  /**
   * 分配: each customer is its own stream and its own place in the receiver's book, so each
   * assignment stands alone; the answer lists what was assigned and what was refused, with why.
   */
  async assign(customerIds: readonly string[], toOwnerId: string, note: string, actor: Actor) {
    if (!ASSIGNERS.includes(actor.role)) {
      throw new ForbiddenError('forbidden-role', { role: actor.role, action: 'assign' });
    }
    const org = await this.org.treeToday();
    const today = this.clock.today();
    const assigned: string[] = [];
    const refused: { customerId: string; code: string }[] = [];
    for (const customerId of new Set(customerIds)) {
      try {
        const customer = await this.registry.existing(customerId);
        await this.placement.give(
          customer,
          { personId: toOwnerId, kind: 'assignment' },
          (pool) => ({ type: 'AssignFromPool', data: { ...pool, actor, org, today, toOwnerId, note } }),
          actor,
          org,
        );
        assigned.push(customerId);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refused.push({ customerId, code: error.code });
      }
    }
    return { assigned, refused };
  }

  async release(customerId: string, note: string, actor: Actor) {
    const [org, customer] = await Promise.all([this.org.treeToday(), this.registry.existing(customerId)]);
    return this.streams.execute(
      customer.customerId,
      { type: 'ReleaseToPool', data: { actor, org, today: this.clock.today(), note } },
      actor,
      org,
    );
  }

  /** 公海列表: every salesperson and manager sees the pool (and whoever reads all customers). */
  async pool(actor: Actor) {
    const [org, policy] = await Promise.all([this.org.treeToday(), this.policies.current()]);
    const today = this.clock.today();
    return this.index
      .all()
      .filter((c) => c.mergedInto === null && c.ownerId === null && canReadCustomer(actor, c, org))
      .map((c) => {
        const entered = c.owners.at(-1);
        const previousOwnerId = c.owners.at(-2)?.ownerId ?? null;
        return {
          customerId: c.customerId,
          name: c.profile.name,
          industry: c.profile.industry,
          region: c.profile.region,
          source: c.profile.source,
          status: c.status,
          inPoolSince: ownedSince(c),
          reason: entered?.reason ?? 'registered',
          previousOwnerId,
          previousOwner: previousOwnerId === null ? null : personLabel(org, previousOwnerId),
          /** When the caller returned it lately: the first day they may take it again. */
          coolingUntil: coolingUntil(c, actor.userId, policy, today)?.until ?? null,
        };
      })
      .sort((a, b) => b.inPoolSince.localeCompare(a.inPoolSince) || a.name.localeCompare(b.name, 'zh-CN'));
  }

  /**
   * 退回预警: the caller's customers (a manager's: the division's; the VP's: all) that return to
   * the pool within the warning days unless followed up or signed, soonest first.
   */
  async warnings(actor: Actor) {
    const [org, policy] = await Promise.all([this.org.treeToday(), this.policies.current()]);
    const today = this.clock.today();
    const owned = this.index
      .all()
      .filter((c) => c.mergedInto === null && c.ownerId !== null && canReadCustomer(actor, c, org));
    const visits = await this.followUps.lastVisits();
    return owned
      .map((c) => ({ c, due: returnDue(c, policy, visits.get(c.customerId)?.date ?? null) }))
      .filter(({ due: { dueOn } }) => daysBetween(today, dueOn) <= policy.warningDays)
      .map(({ c, due: { dueOn, rule, since, days } }) => ({
        customerId: c.customerId,
        name: c.profile.name,
        ownerId: c.ownerId,
        owner: personLabel(org, c.ownerId),
        dueOn,
        daysLeft: Math.max(0, daysBetween(today, dueOn)),
        rule,
        since,
        days,
        warnedOn: warnedOn(c, dueOn),
      }))
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.name.localeCompare(b.name, 'zh-CN'));
  }
}

function warnedOn(customer: ExistingCustomer, dueOn: string): string | null {
  return customer.poolWarning?.dueOn === dueOn ? customer.poolWarning.warnedOn : null;
}
