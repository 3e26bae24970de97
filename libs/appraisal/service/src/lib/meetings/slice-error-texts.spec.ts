import { join } from 'node:path';
import { APPRAISAL_DETAIL_LABELS, APPRAISAL_ERROR_MESSAGES } from '@sales/appraisal/domain';
import { PLATFORM_ERROR_MESSAGES, localize } from '@sales/shared/http';
import { thrownErrorCodes } from '@sales/shared/testing';

const lib = join(__dirname, '../../../..');
const slices = ['meetings', 'coaching', 'summaries'];

describe('meetings, coaching and summaries error texts (A3–A5)', () => {
  it('every code these slices throw has a zh-CN and an English text', () => {
    const { codes, computed } = thrownErrorCodes(
      ...slices.map((slice) => join(lib, 'domain/src', slice)),
      ...slices.map((slice) => join(lib, 'service/src/lib', slice)),
    );
    expect(computed).toEqual([]);
    expect(codes.length).toBeGreaterThan(40);
    const answered = { ...PLATFORM_ERROR_MESSAGES, ...APPRAISAL_ERROR_MESSAGES };
    const untold = codes.filter(
      (code) => !/\p{Script=Han}/u.test(answered[code]?.zh ?? '') || !answered[code]?.en?.trim(),
    );
    expect(untold).toEqual([]);
  });

  it('people are named, cadences and roles worded, in the messages people read', () => {
    const details = { personId: 'p-li', role: 'sales_admin', cadence: 'weekly', names: { 'p-li': '李娜' } };
    const text = (code: string) =>
      localize(code, details, APPRAISAL_ERROR_MESSAGES, APPRAISAL_DETAIL_LABELS).zh;
    expect(text('summary-not-your-team')).toContain('李娜（p-li）');
    expect(text('summary-not-your-team')).toContain('市场部主管');
    expect(text('summary-period-not-cadence')).toContain('每周');
  });
});
