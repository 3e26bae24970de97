import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ORG_ERROR_MESSAGES } from './error-messages';

function thrownCodes(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/new \w*Error\('([a-z-]+)'/g)].map((m) => m[1]),
    );
}

describe('org error messages', () => {
  it('every error code the domain throws has a zh-CN and an English message', () => {
    const codes = [...new Set(thrownCodes(__dirname))];
    expect(codes.length).toBeGreaterThan(15);
    expect(codes.filter((code) => !ORG_ERROR_MESSAGES[code]?.zh || !ORG_ERROR_MESSAGES[code]?.en)).toEqual(
      [],
    );
  });
});
