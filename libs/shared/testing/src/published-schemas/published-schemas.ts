import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonSchema, PublishedEventSpec } from '@sales/shared/domain';

/**
 * A context's published event schemas are a contract with every subscriber. Each (type, version)
 * the catalogue publishes is committed as `<events lib>/schemas/<type>.v<version>.json` when it is
 * first published; from then on the catalogue's schema for that version must stay what was
 * committed (descriptions aside): a changed shape needs a new version. A committed version may not
 * silently disappear from the catalogue either, since subscribers may still read it.
 */
export function schemaFileName(entry: Pick<PublishedEventSpec, 'type' | 'schemaVersion'>): string {
  return `${entry.type}.v${entry.schemaVersion}.json`;
}

export type SchemaDrift = Readonly<{ file: string; problem: string }>;

/** What differs between the catalogue and the committed schemas (empty when they agree). */
export function publishedSchemaDrift(catalogue: readonly PublishedEventSpec[], dir: string): SchemaDrift[] {
  const drift: SchemaDrift[] = [];
  const published = new Set<string>();
  for (const entry of catalogue) {
    const file = schemaFileName(entry);
    published.add(file);
    const path = join(dir, file);
    if (!existsSync(path)) {
      drift.push({
        file,
        problem: 'published but not committed: run `npm run events:schemas` and commit the file',
      });
      continue;
    }
    const committed = JSON.parse(readFileSync(path, 'utf8')) as JsonSchema;
    const difference = firstDifference(withoutDescriptions(committed), withoutDescriptions(entry.schema), '');
    if (difference !== undefined) {
      drift.push({
        file,
        problem:
          `the published schema changed at ${difference || '(root)'}; a published version never changes: ` +
          `publish the new shape as version ${entry.schemaVersion + 1} and keep this one`,
      });
    }
  }
  if (existsSync(dir)) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      if (!published.has(file)) {
        drift.push({
          file,
          problem: 'committed but no longer published: subscribers may still read this version',
        });
      }
    }
  }
  return drift;
}

/** Writes the schema file of every catalogue entry that has none; never overwrites one. */
export function recordNewSchemas(catalogue: readonly PublishedEventSpec[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const entry of catalogue) {
    const path = join(dir, schemaFileName(entry));
    if (existsSync(path)) continue;
    writeFileSync(path, `${JSON.stringify(entry.schema, null, 2)}\n`);
    written.push(path);
  }
  return written;
}

function withoutDescriptions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDescriptions);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'description')
      .map(([key, inner]) => [key, withoutDescriptions(inner)]),
  );
}

/** The JSON pointer of the first place `a` and `b` differ, or undefined when they are equal. */
function firstDifference(a: unknown, b: unknown, at: string): string | undefined {
  if (a === b) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return at;
  if (Array.isArray(a) !== Array.isArray(b)) return at;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const difference = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${at}/${key}`,
    );
    if (difference !== undefined) return difference;
  }
  return undefined;
}
