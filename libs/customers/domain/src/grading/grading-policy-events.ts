import type { BusinessDate, CurrencyCode, DomainEvent } from '@sales/shared/domain';
import type { GradeThresholds } from './grading-policy';

/** The grading policy's internal event (stream `grading-policy`): one per version. */
export type GradingPolicySet = DomainEvent<
  'GradingPolicySet',
  Readonly<{
    version: number;
    windowMonths: number;
    thresholds: GradeThresholds;
    currency: CurrencyCode;
    effectiveOn: BusinessDate;
    setBy: string;
  }>
>;

export type GradingPolicyEvent = GradingPolicySet;
