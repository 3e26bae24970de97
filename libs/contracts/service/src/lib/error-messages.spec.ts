import { join } from 'node:path';
import { CONTRACTS_DETAIL_LABELS, CONTRACTS_ERROR_MESSAGES } from '@sales/contracts/domain';
import { PLATFORM_ERROR_MESSAGES, localize } from '@sales/shared/http';
import { thrownErrorCodes } from '@sales/shared/testing';

const contextRoot = join(__dirname, '../../..');

describe('contracts error messages', () => {
  it('every code the contracts domain and service can throw has a zh-CN and an English text', () => {
    const { codes, computed } = thrownErrorCodes(
      join(contextRoot, 'domain/src'),
      join(contextRoot, 'service/src'),
    );
    expect(computed).toEqual([]);
    expect(codes.length).toBeGreaterThan(5);
    const answered = { ...PLATFORM_ERROR_MESSAGES, ...CONTRACTS_ERROR_MESSAGES };
    const untold = codes.filter(
      (code) => !/\p{Script=Han}/u.test(answered[code]?.zh ?? '') || !answered[code]?.en?.trim(),
    );
    expect(untold).toEqual([]);
  });

  it('no message shows a role or status identifier where people have a name for it', () => {
    const details = { role: 'sales_admin', status: 'voided' };
    const leaks = Object.keys(CONTRACTS_ERROR_MESSAGES).flatMap((code) => {
      const { zh } = localize(code, details, CONTRACTS_ERROR_MESSAGES, CONTRACTS_DETAIL_LABELS);
      return ['sales_admin', 'voided']
        .filter((raw) => zh.includes(raw))
        .map((raw) => `${code}: ${raw} in "${zh}"`);
    });
    expect(leaks).toEqual([]);
  });
});
