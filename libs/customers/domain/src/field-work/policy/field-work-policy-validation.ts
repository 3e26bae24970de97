import { DomainError } from '@sales/shared/domain';
import type { FieldWorkPolicyTerms } from './field-work-policy-commands';

export const MAX_CADENCE_DAYS = 365;
export const MAX_CHECK_INS_PER_DAY = 20;

const CADENCE_KEYS = ['A', 'B', 'C', 'D', 'ungraded'] as const;

/**
 * Refuses a policy that could not be applied: a cadence that is not a whole number of days from 1
 * to 365 (null only for ungraded customers), or a minimum of check-ins that is not a whole number
 * from 1 to 20. Each refusal names the field.
 */
export function assertValidFieldWorkPolicy(terms: FieldWorkPolicyTerms): void {
  for (const key of CADENCE_KEYS) {
    const value: unknown = terms.revisitCadenceDays?.[key];
    if (key === 'ungraded' && value === null) continue;
    if (!isWholeIn(value, 1, MAX_CADENCE_DAYS)) {
      throw new DomainError('invalid-revisit-cadence', {
        field: `revisitCadenceDays.${key}`,
        grade: key,
        value,
        max: MAX_CADENCE_DAYS,
      });
    }
  }
  const minimum: unknown = terms.minimumCheckInsPerDayOut;
  if (!isWholeIn(minimum, 1, MAX_CHECK_INS_PER_DAY)) {
    throw new DomainError('invalid-check-in-minimum', {
      field: 'minimumCheckInsPerDayOut',
      value: minimum,
      max: MAX_CHECK_INS_PER_DAY,
    });
  }
}

function isWholeIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
