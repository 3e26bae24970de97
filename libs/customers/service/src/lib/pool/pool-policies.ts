import { Inject, Injectable } from '@nestjs/common';
import {
  POOL_POLICY_STREAM,
  type PoolPolicyVersion,
  type PoolRules,
  currentPoolPolicy,
  poolPolicyDecider,
} from '@sales/customers/domain';
import { type Actor, type Clock, fold } from '@sales/shared/domain';
import { commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';

/** 公海规则 (C7): the VP's versioned rules, read from their stream at each decision. */
@Injectable()
export class PoolPolicies {
  constructor(
    @InjectContext('customers') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The rules in force (version 0, the defaults, until the VP sets any). */
  async current(): Promise<PoolPolicyVersion> {
    return currentPoolPolicy(await this.state());
  }

  async versions(): Promise<{ current: PoolPolicyVersion; versions: readonly PoolPolicyVersion[] }> {
    const state = await this.state();
    return { current: currentPoolPolicy(state), versions: state.versions };
  }

  async set(rules: PoolRules, note: string, actor: Actor) {
    const result = await this.runtime.commands.execute(
      poolPolicyDecider,
      POOL_POLICY_STREAM,
      { type: 'SetPoolPolicy', data: { actor, today: this.clock.today(), rules, note } },
      actor,
    );
    return { ...commandOutcome(result), policy: currentPoolPolicy(result.state) };
  }

  private async state() {
    const { events } = await this.runtime.store.readStream(POOL_POLICY_STREAM);
    return fold(
      poolPolicyDecider,
      events.map(({ type, data }) => ({ type, data }) as never),
    );
  }
}
