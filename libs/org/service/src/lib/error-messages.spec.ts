import { join } from 'node:path';
import { ORG_DETAIL_LABELS, ORG_ERROR_MESSAGES } from '@sales/org/domain';
import { PLATFORM_ERROR_MESSAGES, localize } from '@sales/shared/http';
import { thrownErrorCodes } from '@sales/shared/testing';

const contextRoot = join(__dirname, '../../..');

describe('org error messages', () => {
  it('every code the org domain and service can throw has a zh-CN and an English text', () => {
    const { codes, computed } = thrownErrorCodes(
      join(contextRoot, 'domain/src'),
      join(contextRoot, 'service/src'),
    );
    expect(computed).toEqual([]);
    expect(codes.length).toBeGreaterThan(20);
    // What a org route answers with: its own catalogue first, then the platform's (ProblemFilter).
    const answered = { ...PLATFORM_ERROR_MESSAGES, ...ORG_ERROR_MESSAGES };
    const untold = codes.filter(
      (code) => !/\p{Script=Han}/u.test(answered[code]?.zh ?? '') || !answered[code]?.en?.trim(),
    );
    expect(untold).toEqual([]);
  });

  it('no message shows an identifier where people have a name for it (a zh-CN audit of every code)', () => {
    // Every detail that has a label, given as the identifier the code carries.
    const details = { role: 'division_manager', subject: 'person:p-li' };
    const raw = ['division_manager', 'person:'];
    const leaks = Object.keys(ORG_ERROR_MESSAGES).flatMap((code) => {
      const { zh } = localize(code, details, ORG_ERROR_MESSAGES, ORG_DETAIL_LABELS);
      return raw
        .filter((identifier) => zh.includes(identifier))
        .map((identifier) => `${code}: ${identifier} in "${zh}"`);
    });
    expect(leaks).toEqual([]);
  });
});
