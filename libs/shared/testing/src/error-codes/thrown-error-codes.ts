import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** `new DomainError('code'`, `new ForbiddenError(\n 'code'` …: every error built with a literal code. */
const LITERAL_CODE = /new \w*Error\(\s*'([a-z][a-z0-9-]*)'/g;
/** An error built with a code that is not a literal would escape the walk; it is reported instead. */
const COMPUTED_CODE = /new (?:Domain|Forbidden|NotFound)Error\(\s*[^'\s]/g;

export type ThrownErrorCodes = { codes: string[]; computed: string[] };

/**
 * The error codes the production sources under `dirs` can throw (specs and `testing/` excluded),
 * so a spec can check each has a message in its context's catalogue.
 */
export function thrownErrorCodes(...dirs: string[]): ThrownErrorCodes {
  const codes = new Set<string>();
  const computed: string[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (
        !file.endsWith('.ts') ||
        /\.(int-|contract-)?spec\.ts$/.test(file) ||
        file.split(/[\\/]/).includes('testing')
      )
        continue;
      const source = readFileSync(join(dir, file), 'utf8');
      for (const match of source.matchAll(LITERAL_CODE)) codes.add(match[1]);
      for (const match of source.matchAll(COMPUTED_CODE)) computed.push(`${join(dir, file)}: ${match[0]}`);
    }
  }
  return { codes: [...codes].sort(), computed };
}
