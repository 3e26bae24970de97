import type { Actor, BusinessDate, Command } from '@sales/shared/domain';
import type { GradingPolicyTerms } from './grading-policy-validation';

/** The one stream of the company's grading policy, every version in it. */
export const GRADING_POLICY_STREAM = 'grading-policy';

/** The VP sets the policy; it applies from today. */
export type SetGradingPolicy = Command<
  'SetGradingPolicy',
  GradingPolicyTerms & Readonly<{ actor: Actor; today: BusinessDate }>
>;

export type GradingPolicyCommand = SetGradingPolicy;
