import { Inject, Injectable } from '@nestjs/common';
import {
  FIELD_WORK_POLICY_STREAM,
  type FieldWorkPolicy,
  type FieldWorkPolicyEvent,
  type FieldWorkPolicyHistory,
  type FieldWorkPolicyTerms,
  type FieldWorkPolicyVersion,
  fieldWorkPolicyDecider,
  fieldWorkPolicyOn,
} from '@sales/customers/domain';
import { type Actor, type BusinessDate, type Clock, fold } from '@sales/shared/domain';
import { type CommandOutcome, commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';

export type FieldWorkPolicyView = Readonly<{
  current: FieldWorkPolicy;
  /** Every version the VP set, oldest first (empty while the built-in default is in force). */
  versions: readonly FieldWorkPolicyVersion[];
}>;

/**
 * 外勤规则 (C3, C4): the field-work policy aggregate (one `field-work-policy` stream). A VP
 * policy rather than start-up configuration: the minimum of check-ins is a management rule the
 * VP adjusts (the seed's "1–2 times a day"), and a versioned stream judges each past day by the
 * rule then in force, which a changed setting at restart could not.
 */
@Injectable()
export class FieldWorkPolicyService {
  constructor(
    @InjectContext('customers') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Every version, read from the store (so a version another replica set is seen). */
  async history(): Promise<FieldWorkPolicyHistory> {
    const { events } = await this.runtime.store.readStream(FIELD_WORK_POLICY_STREAM);
    return fold(
      fieldWorkPolicyDecider,
      events.map(({ type, data }) => ({ type, data }) as FieldWorkPolicyEvent),
    );
  }

  /** The version in force on `date` (today when left out). */
  async on(date: BusinessDate = this.clock.today()): Promise<FieldWorkPolicy> {
    return fieldWorkPolicyOn(await this.history(), date);
  }

  async view(): Promise<FieldWorkPolicyView> {
    const history = await this.history();
    return { current: fieldWorkPolicyOn(history, this.clock.today()), versions: history.versions };
  }

  async set(terms: FieldWorkPolicyTerms, actor: Actor): Promise<CommandOutcome> {
    const result = await this.runtime.commands.execute(
      fieldWorkPolicyDecider,
      FIELD_WORK_POLICY_STREAM,
      { type: 'SetFieldWorkPolicy', data: { ...terms, actor, today: this.clock.today() } },
      actor,
    );
    return commandOutcome(result);
  }
}
