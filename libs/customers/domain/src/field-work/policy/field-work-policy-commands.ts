import type { RevisitCadence } from '@sales/customers/events';
import type { Actor, BusinessDate, Command, DomainEvent } from '@sales/shared/domain';

/** A policy as the VP proposes it, before it has a version. */
export type FieldWorkPolicyTerms = Readonly<{
  revisitCadenceDays: RevisitCadence;
  minimumCheckInsPerDayOut: number;
}>;

/** The VP sets the field-work policy; it applies from today. */
export type SetFieldWorkPolicy = Command<
  'SetFieldWorkPolicy',
  FieldWorkPolicyTerms & Readonly<{ actor: Actor; today: BusinessDate }>
>;

export type FieldWorkPolicyCommand = SetFieldWorkPolicy;

/** The policy's internal event (stream `field-work-policy`): one per version. */
export type FieldWorkPolicySet = DomainEvent<
  'FieldWorkPolicySet',
  FieldWorkPolicyTerms & Readonly<{ version: number; effectiveOn: BusinessDate; setBy: string }>
>;

export type FieldWorkPolicyEvent = FieldWorkPolicySet;
