/*
 * Rates (达成率, 回收率, …) as exact fractions: numerator and denominator as given, the exact
 * decimal to 6 places as a string (rounded half-up), and a display value in percent to one place.
 * A zero denominator gives no rate — `null` with the reason — never NaN or an error.
 */

export type Rate = Readonly<{
  numerator: number;
  denominator: number;
  /** e.g. "0.833333" (6 places, half-up). */
  value: string;
  /** e.g. "83.3%". */
  display: string;
}>;

export type RateOrNull =
  | Rate
  | Readonly<{ numerator: number; denominator: number; value: null; display: '—'; reason: string }>;

/** `numerator ÷ denominator` rounded half-up (away from zero) to `places` decimals, exactly, on integers. */
export function decimalQuotient(numerator: number, denominator: number, places: number): string {
  const negative = numerator < 0 !== denominator < 0 && numerator !== 0;
  const n = BigInt(Math.abs(numerator)) * 10n ** BigInt(places);
  const d = BigInt(Math.abs(denominator));
  let q = n / d;
  if ((n % d) * 2n >= d) q += 1n;
  const digits = q.toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  return `${negative ? '-' : ''}${whole}${places > 0 ? `.${fraction}` : ''}`;
}

/** A rate shown in percent (达成率 83.3%). */
export function rate(numerator: number, denominator: number, zeroReason: string): RateOrNull {
  if (denominator === 0) return { numerator, denominator, value: null, display: '—', reason: zeroReason };
  return {
    numerator,
    denominator,
    value: decimalQuotient(numerator, denominator, 6),
    display: `${decimalQuotient(numerator * 100, denominator, 1)}%`,
  };
}

/** An average shown as a number (2.35 户/天). */
export function average(numerator: number, denominator: number, zeroReason: string): RateOrNull {
  if (denominator === 0) return { numerator, denominator, value: null, display: '—', reason: zeroReason };
  return {
    numerator,
    denominator,
    value: decimalQuotient(numerator, denominator, 6),
    display: decimalQuotient(numerator, denominator, 2),
  };
}
