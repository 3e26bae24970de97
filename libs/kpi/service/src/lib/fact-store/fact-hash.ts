import { createHash } from 'node:crypto';
import type { KpiFact } from '@sales/kpi/projections';

/**
 * A fingerprint of a fact's content, independent of key order: two facts with the same hash are
 * equal as JSON, so storing one over the other changes nothing (and is not a change to read).
 */
export function factHash(fact: KpiFact): string {
  return createHash('sha1').update(canonicalJson(fact)).digest('base64');
}

/** JSON with object keys sorted; `undefined` members left out, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const members = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${members.join(',')}}`;
}
