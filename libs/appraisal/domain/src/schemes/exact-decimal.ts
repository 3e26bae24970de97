/**
 * Exact rational arithmetic on BigInt for scores and payouts: a value is numerator/denominator,
 * never a float. Decimal text ("0.833333", "12.5", "-3") and JSON numbers (read through their
 * decimal text) come in; text rounded half-up (away from zero on .5) goes out.
 */
export type Exact = Readonly<{ n: bigint; d: bigint }>;

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export function isDecimalText(text: unknown): text is string {
  return typeof text === 'string' && DECIMAL.test(text);
}

/** Digits after the decimal point of a finite number as JSON writes it (12.5 → 1); Infinity for exponent forms. */
export function decimalPlaces(value: number): number {
  const text = String(value);
  if (!Number.isFinite(value) || /e/i.test(text)) return Number.isInteger(value) ? 0 : Infinity;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

export function exact(value: string | number | bigint): Exact {
  if (typeof value === 'bigint') return { n: value, d: 1n };
  const text = typeof value === 'number' ? numberText(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`not a decimal: ${text}`);
  const [, minus, whole, fraction = ''] = match;
  const n = BigInt(`${whole}${fraction}`) * (minus ? -1n : 1n);
  return normal(n, 10n ** BigInt(fraction.length));
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (Number.isInteger(value)) return BigInt(value).toString();
  return String(value);
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  while (b) [a, b] = [b, a % b];
  return a;
}

function normal(n: bigint, d: bigint): Exact {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

export const add = (a: Exact, b: Exact): Exact => normal(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Exact, b: Exact): Exact => normal(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Exact, b: Exact): Exact => normal(a.n * b.n, a.d * b.d);
export const div = (a: Exact, b: Exact): Exact => normal(a.n * b.d, a.d * b.n);
export const cmp = (a: Exact, b: Exact): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const min = (a: Exact, b: Exact): Exact => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Exact, b: Exact): Exact => (cmp(a, b) >= 0 ? a : b);
export const ZERO: Exact = { n: 0n, d: 1n };
export const HUNDRED: Exact = { n: 100n, d: 1n };

/** Rounded half-up (away from zero) to an integer. */
export function roundHalfUp(value: Exact): bigint {
  const sign = value.n < 0n ? -1n : 1n;
  const abs = value.n * sign;
  return (sign * (abs * 2n + value.d)) / (value.d * 2n);
}

/** Rounded half-up to `places` decimals, as text with exactly that many ("87.50"). */
export function toFixed(value: Exact, places: number): string {
  const scale = 10n ** BigInt(places);
  const scaled = roundHalfUp(mul(value, { n: scale, d: 1n }));
  const sign = scaled < 0n ? '-' : '';
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(places + 1, '0');
  if (places === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** Cut (toward zero, never rounded up) to `places` decimals: a shown attainment never reaches a bound it missed. */
export function toFixedDown(value: Exact, places: number): string {
  const scale = 10n ** BigInt(places);
  const scaled = (value.n * scale) / value.d;
  return toFixed({ n: scaled, d: scale }, places);
}

/** Shortest exact text when the value has at most `maxPlaces` decimals, else rounded to them ("1.5", "100"). */
export function toText(value: Exact, maxPlaces = 6): string {
  const fixed = toFixed(value, maxPlaces);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Rounded half-up to whole minor units (分) as a safe integer. */
export function toMinor(value: Exact): number {
  const minor = roundHalfUp(value);
  const result = Number(minor);
  if (!Number.isSafeInteger(result)) throw new RangeError(`amount out of range: ${minor}`);
  return result;
}
