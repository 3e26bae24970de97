import { join } from 'node:path';
import { KPI_DETAIL_LABELS, KPI_ERROR_MESSAGES } from '@sales/kpi/domain';
import { PLATFORM_ERROR_MESSAGES, localize } from '@sales/shared/http';
import { thrownErrorCodes } from '@sales/shared/testing';

const kpiRoot = join(__dirname, '../../../..');

describe('KPI error messages', () => {
  it('every code the KPI domain and service can throw has a zh-CN and an English text', () => {
    const { codes, computed } = thrownErrorCodes(join(kpiRoot, 'domain/src'), join(kpiRoot, 'service/src'));
    expect(computed).toEqual([]);
    expect(codes).toEqual(
      expect.arrayContaining(['unknown-person', 'kpi-subject-outside-scope', 'calendar-date-twice']),
    );
    const answered = { ...PLATFORM_ERROR_MESSAGES, ...KPI_ERROR_MESSAGES };
    const untold = codes.filter(
      (code) => !/\p{Script=Han}/u.test(answered[code]?.zh ?? '') || !answered[code]?.en?.trim(),
    );
    expect(untold).toEqual([]);
  });

  it('no message shows an identifier where people have a name for it', () => {
    const details = {
      role: 'division_manager',
      subject: 'person:p-li',
      personId: 'p-li',
      divisionId: 'd-east',
      userId: 'p-li',
      names: { 'p-li': '李娜', 'd-east': '华东事业部' },
    };
    const leaks = Object.keys(KPI_ERROR_MESSAGES).flatMap((code) => {
      const { zh } = localize(code, details, KPI_ERROR_MESSAGES, KPI_DETAIL_LABELS);
      return [
        ...(zh.includes('division_manager') ? [`${code}: role in "${zh}"`] : []),
        ...(/person:p-li|p-li(?!）)|d-east(?!）)/.test(zh) ? [`${code}: raw id in "${zh}"`] : []),
      ];
    });
    expect(leaks).toEqual([]);
    expect(
      localize('kpi-subject-outside-scope', details, KPI_ERROR_MESSAGES, KPI_DETAIL_LABELS).zh,
    ).toContain('李娜（p-li）');
  });
});
