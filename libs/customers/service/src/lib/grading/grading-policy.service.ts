import { Inject, Injectable } from '@nestjs/common';
import {
  GRADING_POLICY_STREAM,
  type GradingPolicy,
  type GradingPolicyEvent,
  type GradingPolicyTerms,
  type GradingPolicyVersion,
  currentGradingPolicy,
  gradingPolicyDecider,
} from '@sales/customers/domain';
import { type Actor, type Clock, fold } from '@sales/shared/domain';
import { type CommandOutcome, commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';

export type GradingPolicyView = Readonly<{
  current: GradingPolicy;
  /** Every version the VP set, oldest first (empty while the built-in default is in force). */
  versions: readonly GradingPolicyVersion[];
}>;

/** 评级政策 (C2): the grading-policy aggregate (one `grading-policy` stream, every version in it). */
@Injectable()
export class GradingPolicyService {
  constructor(
    @InjectContext('customers') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The policy in force, read from the store (so a version another replica set is seen). */
  async current(): Promise<GradingPolicy> {
    return currentGradingPolicy(await this.history());
  }

  async view(): Promise<GradingPolicyView> {
    const history = await this.history();
    return { current: currentGradingPolicy(history), versions: history.versions };
  }

  /** A new version, effective today; the currency stays the current one's unless given. */
  async set(
    terms: Omit<GradingPolicyTerms, 'currency'> & { currency?: string },
    actor: Actor,
  ): Promise<CommandOutcome> {
    const { windowMonths, thresholds } = terms;
    const currency = terms.currency ?? (await this.current()).currency;
    const result = await this.runtime.commands.execute(
      gradingPolicyDecider,
      GRADING_POLICY_STREAM,
      {
        type: 'SetGradingPolicy',
        data: { actor, today: this.clock.today(), windowMonths, thresholds, currency },
      },
      actor,
    );
    return commandOutcome(result);
  }

  private async history() {
    const { events } = await this.runtime.store.readStream(GRADING_POLICY_STREAM);
    return fold(
      gradingPolicyDecider,
      events.map(({ type, data }) => ({ type, data }) as GradingPolicyEvent),
    );
  }
}
