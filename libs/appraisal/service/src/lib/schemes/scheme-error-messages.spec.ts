import { join } from 'node:path';
import { APPRAISAL_DETAIL_LABELS, APPRAISAL_ERROR_MESSAGES } from '@sales/appraisal/domain';
import { PLATFORM_ERROR_MESSAGES, localize } from '@sales/shared/http';
import { thrownErrorCodes } from '@sales/shared/testing';

const appraisalRoot = join(__dirname, '../../../..');

describe('scheme error messages', () => {
  const { codes, computed } = thrownErrorCodes(
    join(appraisalRoot, 'domain/src/schemes'),
    join(appraisalRoot, 'service/src/lib/schemes'),
  );

  it('every code the schemes slice can throw has a zh-CN and an English text', () => {
    expect(computed).toEqual([]);
    expect(codes.length).toBeGreaterThan(30);
    const answered = { ...PLATFORM_ERROR_MESSAGES, ...APPRAISAL_ERROR_MESSAGES };
    const untold = codes.filter(
      (code) => !/\p{Script=Han}/u.test(answered[code]?.zh ?? '') || !answered[code]?.en?.trim(),
    );
    expect(untold).toEqual([]);
  });

  it('shows roles, bases and modes by their names, never as identifiers', () => {
    const details = {
      appliesTo: 'division_manager',
      previous: 'salesperson',
      basis: 'gross-margin',
      mode: 'excess',
      subjectKind: 'division',
    };
    const leaks = codes.flatMap((code) => {
      const { zh } = localize(code, details, APPRAISAL_ERROR_MESSAGES, APPRAISAL_DETAIL_LABELS);
      return Object.values(details)
        .filter((identifier) => zh.includes(identifier))
        .map((identifier) => `${code}: ${identifier} in "${zh}"`);
    });
    expect(leaks).toEqual([]);
  });
});
