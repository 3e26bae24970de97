import { join } from 'node:path';
import { APPRAISAL_DETAIL_LABELS, APPRAISAL_ERROR_MESSAGES } from '@sales/appraisal/domain';
import { PLATFORM_ERROR_MESSAGES, localize } from '@sales/shared/http';
import { thrownErrorCodes } from '@sales/shared/testing';

const appraisalRoot = join(__dirname, '../../../..');

describe('cycle error messages', () => {
  it('every code the cycle slice can throw has a zh-CN and an English text', () => {
    const { codes, computed } = thrownErrorCodes(
      join(appraisalRoot, 'domain/src/cycles'),
      join(appraisalRoot, 'service/src/lib/cycles'),
    );
    expect(computed).toEqual([]);
    expect(codes.length).toBeGreaterThan(30);
    const answered = { ...PLATFORM_ERROR_MESSAGES, ...APPRAISAL_ERROR_MESSAGES };
    const untold = codes.filter(
      (code) => !/\p{Script=Han}/u.test(answered[code]?.zh ?? '') || !answered[code]?.en?.trim(),
    );
    expect(untold).toEqual([]);
  });

  it('statuses, period kinds and subject roles read as words, not identifiers', () => {
    const { zh } = localize(
      'cycle-not-submitted',
      { cycleStatus: 'frozen' },
      APPRAISAL_ERROR_MESSAGES,
      APPRAISAL_DETAIL_LABELS,
    );
    expect(zh).toBe('考核周期尚未提交审批（当前：已冻结，评价中）');
    const period = localize(
      'invalid-cycle-period',
      { periodKind: 'quarter', label: '2027-03' },
      APPRAISAL_ERROR_MESSAGES,
      APPRAISAL_DETAIL_LABELS,
    );
    expect(period.zh).toContain('不是季度期间');
    const unevaluated = localize(
      'subjects-unevaluated',
      { count: 2, subjects: ['李娜', '王磊'] },
      APPRAISAL_ERROR_MESSAGES,
      APPRAISAL_DETAIL_LABELS,
    );
    expect(unevaluated.zh).toBe('还有 2 人没有定性评价：李娜, 王磊');
  });
});
