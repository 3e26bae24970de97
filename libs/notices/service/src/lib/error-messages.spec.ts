import { join } from 'node:path';
import { NOTICES_DETAIL_LABELS, NOTICES_ERROR_MESSAGES } from '@sales/notices/domain';
import { PLATFORM_ERROR_MESSAGES, localize } from '@sales/shared/http';
import { thrownErrorCodes } from '@sales/shared/testing';

const contextRoot = join(__dirname, '../../..');

describe('notices error messages', () => {
  it('every code the notices domain and service can throw has a zh-CN and an English text', () => {
    const { codes, computed } = thrownErrorCodes(
      join(contextRoot, 'domain/src'),
      join(contextRoot, 'service/src'),
    );
    expect(computed).toEqual([]);
    expect(codes).toEqual(expect.arrayContaining(['not-your-notice', 'notice-not-found']));
    const answered = { ...PLATFORM_ERROR_MESSAGES, ...NOTICES_ERROR_MESSAGES };
    const untold = codes.filter(
      (code) => !/\p{Script=Han}/u.test(answered[code]?.zh ?? '') || !answered[code]?.en?.trim(),
    );
    expect(untold).toEqual([]);
  });

  it('a refusal never says whose notice it is (a notice is as private as its recipient’s inbox)', () => {
    const details = {
      noticeId: 'n-0123456789abcdef01234567',
      userId: 'p-li',
      names: { 'p-li': '李娜', 'p-inst': '郑师傅' },
    };
    for (const code of Object.keys(NOTICES_ERROR_MESSAGES)) {
      const { zh, en } = localize(code, details, NOTICES_ERROR_MESSAGES, NOTICES_DETAIL_LABELS);
      expect(zh).not.toContain('郑师傅');
      expect(zh).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(en).not.toMatch(/\{[a-zA-Z]+\}/);
    }
  });
});
