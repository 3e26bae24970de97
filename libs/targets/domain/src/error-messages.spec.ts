import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TARGETS_ERROR_MESSAGES } from './error-messages';

function thrownCodes(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/new \w*Error\('([a-z-]+)'/g)].map((m) => m[1]),
    );
}

describe('targets error messages', () => {
  it('every error code the domain throws has a zh-CN and an English message', () => {
    const codes = [...new Set(thrownCodes(__dirname))];
    expect(codes.length).toBeGreaterThan(30);
    expect(
      codes.filter((code) => !TARGETS_ERROR_MESSAGES[code]?.zh || !TARGETS_ERROR_MESSAGES[code]?.en),
    ).toEqual([]);
  });
});
