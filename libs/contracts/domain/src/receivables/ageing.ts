import type { BusinessDate } from '@sales/shared/domain';
import type { ContractView } from '../signing/contract-terms';
import { instalmentStandings } from './instalment-standing';

/**
 * 账龄 buckets. Days overdue = the date asked − the instalment's planned due date: 0 or less is
 * `not_due` (the due date itself is still in time, as for the overdue event), 1–30, 31–60, 61–90,
 * and over 90.
 */
export const AGEING_BUCKETS = ['not_due', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];
export type AgeingBuckets = Readonly<Record<AgeingBucket, number>>;

export const AGEING_BUCKET_LABELS: Readonly<Record<AgeingBucket, Readonly<{ zh: string; en: string }>>> = {
  not_due: { zh: '未到期', en: 'not yet due' },
  d1_30: { zh: '逾期 1–30 天', en: '1–30 days overdue' },
  d31_60: { zh: '逾期 31–60 天', en: '31–60 days overdue' },
  d61_90: { zh: '逾期 61–90 天', en: '61–90 days overdue' },
  d90_plus: { zh: '逾期 90 天以上', en: 'over 90 days overdue' },
};

export function ageingBucketOf(daysOverdue: number): AgeingBucket {
  if (daysOverdue <= 0) return 'not_due';
  if (daysOverdue <= 30) return 'd1_30';
  if (daysOverdue <= 60) return 'd31_60';
  if (daysOverdue <= 90) return 'd61_90';
  return 'd90_plus';
}

export const emptyBuckets = (): Record<AgeingBucket, number> => ({
  not_due: 0,
  d1_30: 0,
  d31_60: 0,
  d61_90: 0,
  d90_plus: 0,
});

/**
 * A contract's outstanding receivables as of `asOf`, by bucket: each plan instalment's outstanding
 * part (instalmentStandings' allocation, receipts by that date) in the bucket of its days overdue.
 * Nothing before the contract was signed; after a termination dated by `asOf`, instalments due
 * after the termination date leave the receivables (DOMAIN P3), those already due stay.
 */
export function contractAgeing(
  contract: ContractView,
  netReceivedMinor: number,
  asOf: BusinessDate,
): AgeingBuckets {
  const buckets = emptyBuckets();
  if (contract.terms.signedOn > asOf) return buckets;
  const terminatedOn =
    contract.terminatedOn !== null && contract.terminatedOn <= asOf ? contract.terminatedOn : null;
  for (const standing of instalmentStandings(contract.terms.paymentPlan, netReceivedMinor, asOf)) {
    if (standing.outstandingMinor === 0) continue;
    if (terminatedOn !== null && standing.dueOn > terminatedOn) continue;
    buckets[ageingBucketOf(standing.daysOverdue)] += standing.outstandingMinor;
  }
  return buckets;
}

export function addBuckets(a: AgeingBuckets, b: AgeingBuckets): AgeingBuckets {
  const sum = emptyBuckets();
  for (const bucket of AGEING_BUCKETS) sum[bucket] = a[bucket] + b[bucket];
  return sum;
}

export const totalOfBuckets = (buckets: AgeingBuckets) =>
  AGEING_BUCKETS.reduce((sum, bucket) => sum + buckets[bucket], 0);
