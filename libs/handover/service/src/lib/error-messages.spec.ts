import { join } from 'node:path';
import { HANDOVER_DETAIL_LABELS, HANDOVER_ERROR_MESSAGES } from '@sales/handover/domain';
import { PLATFORM_ERROR_MESSAGES, localize } from '@sales/shared/http';
import { thrownErrorCodes } from '@sales/shared/testing';

const contextRoot = join(__dirname, '../../..');

describe('handover error messages', () => {
  it('every code the handover domain and service can throw has a zh-CN and an English text', () => {
    const { codes, computed } = thrownErrorCodes(
      join(contextRoot, 'domain/src'),
      join(contextRoot, 'service/src'),
    );
    expect(computed).toEqual([]);
    expect(codes.length).toBeGreaterThan(15);
    const answered = { ...PLATFORM_ERROR_MESSAGES, ...HANDOVER_ERROR_MESSAGES };
    const untold = codes.filter(
      (code) => !/\p{Script=Han}/u.test(answered[code]?.zh ?? '') || !answered[code]?.en?.trim(),
    );
    expect(untold).toEqual([]);
  });

  it('no message shows an identifier where people have a name for it (a zh-CN audit of every code)', () => {
    const details = {
      personId: 'p-li',
      by: 'p-fin',
      role: 'division_manager',
      status: 'left-without-handover',
      field: 'lastDay',
      lastDay: '2027-04-08',
      earliestLastDay: '2027-04-09',
      days: 30,
      count: 2,
      caseId: 'resignation-p-li-1',
      value: '2027-02-30',
      items: [{ zh: '客户：华信光电', en: 'customer: 华信光电' }],
      names: { 'p-li': '李娜', 'p-fin': '刘芳' },
    };
    const raw = ['division_manager', 'left-without-handover', 'lastDay', '[object Object]', '{"zh"'];
    const leaks = Object.keys(HANDOVER_ERROR_MESSAGES).flatMap((code) => {
      const { zh } = localize(code, details, HANDOVER_ERROR_MESSAGES, HANDOVER_DETAIL_LABELS);
      return raw
        .filter((identifier) => zh.includes(identifier))
        .map((identifier) => `${code}: ${identifier} in "${zh}"`);
    });
    expect(leaks).toEqual([]);
    expect(
      localize(
        'handover-items-open',
        { ...details, count: 1 },
        HANDOVER_ERROR_MESSAGES,
        HANDOVER_DETAIL_LABELS,
      ).zh,
    ).toBe('李娜（p-li） 的离职交接还有 1 项未完成，不能离职：客户：华信光电');
  });
});
