import { DomainError } from '@sales/shared/domain';
import { decimalPlaces } from './exact-decimal';

export function checkText(value: unknown, field: string): void {
  if (typeof value !== 'string' || !value.trim()) throw new DomainError('scheme-field-required', { field });
}

/** A finite number within [min, max] with at most `places` decimals (read exactly through its text). */
export function checkNumber(value: unknown, field: string, min: number, max: number, places: number): void {
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    decimalPlaces(value) > places
  ) {
    throw new DomainError('scheme-number-invalid', { field, value: String(value), min, max, places });
  }
}
