import { join } from 'node:path';
import { CUSTOMERS_DETAIL_LABELS, CUSTOMERS_ERROR_MESSAGES } from '@sales/customers/domain';
import { PLATFORM_ERROR_MESSAGES, localize } from '@sales/shared/http';
import { thrownErrorCodes } from '@sales/shared/testing';

const contextRoot = join(__dirname, '../../..');

describe('customers error messages', () => {
  it('every code the customers domain and service can throw has a zh-CN and an English text', () => {
    const { codes, computed } = thrownErrorCodes(
      join(contextRoot, 'domain/src'),
      join(contextRoot, 'service/src'),
    );
    expect(computed).toEqual([]);
    expect(codes.length).toBeGreaterThan(15);
    // What a customers route answers with: its own catalogue first, then the platform's (ProblemFilter).
    const answered = { ...PLATFORM_ERROR_MESSAGES, ...CUSTOMERS_ERROR_MESSAGES };
    const untold = codes.filter(
      (code) => !/\p{Script=Han}/u.test(answered[code]?.zh ?? '') || !answered[code]?.en?.trim(),
    );
    expect(untold).toEqual([]);
  });

  it('no message shows an identifier where people have a name for it (a zh-CN audit of every code)', () => {
    // Every detail that has a label, given as the identifier the code carries.
    const details = {
      key: 'creditCode',
      reason: 'manager-decision',
      status: 'potential',
      role: 'division_manager',
      field: 'contacts[0].phones[1]',
      grade: 'ungraded',
      previousGrade: 'ungraded',
      category: 'entertainment',
      kind: 'in-person',
    };
    const raw = [
      'creditCode',
      'manager-decision',
      'potential',
      'division_manager',
      'ungraded',
      'entertainment',
      'in-person',
    ];
    const leaks = Object.keys(CUSTOMERS_ERROR_MESSAGES).flatMap((code) => {
      const { zh } = localize(code, details, CUSTOMERS_ERROR_MESSAGES, CUSTOMERS_DETAIL_LABELS);
      const unfilled = /\{\w+\}/.exec(zh);
      return [
        ...raw
          .filter((identifier) => zh.replace(/\{\w+\}/g, '').includes(identifier))
          .map((identifier) => `${code}: ${identifier} in "${zh}"`),
        ...(unfilled && Object.hasOwn(details, unfilled[0].slice(1, -1))
          ? [`${code}: unfilled ${unfilled[0]}`]
          : []),
      ];
    });
    expect(leaks).toEqual([]);
  });
});
