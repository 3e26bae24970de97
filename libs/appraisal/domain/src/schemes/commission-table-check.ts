import { DomainError, isCurrencyCode } from '@sales/shared/domain';
import { checkNumber } from './scheme-field-checks';
import type { CommissionTable } from './scheme-version';

const MAX_MINOR = Number.MAX_SAFE_INTEGER;

/**
 * A commission table that can be computed without ambiguity: a known basis and mode, tiers from 0
 * rising strictly, rates 0–100% (up to 4 decimals), accelerators rising strictly with multipliers
 * of at least 1 (an accelerator never slows pay down), and a positive cap if any.
 */
export function checkCommissionTable(table: CommissionTable): void {
  if (!table) throw new DomainError('scheme-field-required', { field: 'commission' });
  if (!['collections', 'signed', 'gross-margin'].includes(table.basis)) {
    throw new DomainError('scheme-basis-invalid', { field: 'commission.basis', basis: String(table.basis) });
  }
  if (table.mode !== 'full' && table.mode !== 'excess') {
    throw new DomainError('scheme-mode-invalid', { field: 'commission.mode', mode: String(table.mode) });
  }
  if (!isCurrencyCode(table.currency)) {
    throw new DomainError('scheme-currency-invalid', {
      field: 'commission.currency',
      currency: String(table.currency),
    });
  }
  if (!table.tiers?.length) throw new DomainError('scheme-field-required', { field: 'commission.tiers' });
  table.tiers.forEach((tier, i) => {
    checkNumber(tier.fromMinor, `commission.tiers[${i}].fromMinor`, 0, MAX_MINOR, 0);
    checkNumber(tier.ratePercent, `commission.tiers[${i}].ratePercent`, 0, 100, 4);
    const previous = table.tiers[i - 1];
    if (i === 0 && tier.fromMinor !== 0) {
      throw new DomainError('scheme-tiers-not-from-zero', {
        field: 'commission.tiers[0].fromMinor',
        fromMinor: tier.fromMinor,
      });
    }
    if (previous && tier.fromMinor <= previous.fromMinor) {
      throw new DomainError('scheme-tiers-unsorted', {
        field: `commission.tiers[${i}].fromMinor`,
        fromMinor: tier.fromMinor,
        previousFromMinor: previous.fromMinor,
      });
    }
  });
  (table.accelerators ?? []).forEach((accelerator, i) => {
    checkNumber(accelerator.fromAttainment, `commission.accelerators[${i}].fromAttainment`, 0, 1000, 2);
    if (typeof accelerator.multiplier === 'number' && accelerator.multiplier < 1) {
      throw new DomainError('scheme-accelerator-below-one', {
        field: `commission.accelerators[${i}].multiplier`,
        multiplier: accelerator.multiplier,
      });
    }
    checkNumber(accelerator.multiplier, `commission.accelerators[${i}].multiplier`, 1, 10, 2);
    const previous = table.accelerators[i - 1];
    if (previous && accelerator.fromAttainment <= previous.fromAttainment) {
      throw new DomainError('scheme-accelerators-unsorted', {
        field: `commission.accelerators[${i}].fromAttainment`,
        fromAttainment: accelerator.fromAttainment,
        previousFromAttainment: previous.fromAttainment,
      });
    }
  });
  if (table.capMinor !== undefined) checkNumber(table.capMinor, 'commission.capMinor', 1, MAX_MINOR, 0);
}
