import { join } from 'node:path';
import { TARGETS_ERROR_MESSAGES } from '@sales/targets/domain';
import { PLATFORM_ERROR_MESSAGES } from '@sales/shared/http';
import { thrownErrorCodes } from '@sales/shared/testing';

const contextRoot = join(__dirname, '../../..');

describe('targets error messages', () => {
  it('every code the targets domain and service can throw has a zh-CN and an English text', () => {
    const { codes, computed } = thrownErrorCodes(
      join(contextRoot, 'domain/src'),
      join(contextRoot, 'service/src'),
    );
    expect(computed).toEqual([]);
    expect(codes.length).toBeGreaterThan(20);
    // What a targets route answers with: its own catalogue first, then the platform's (ProblemFilter).
    const answered = { ...PLATFORM_ERROR_MESSAGES, ...TARGETS_ERROR_MESSAGES };
    const untold = codes.filter(
      (code) => !/\p{Script=Han}/u.test(answered[code]?.zh ?? '') || !answered[code]?.en?.trim(),
    );
    expect(untold).toEqual([]);
  });
});
