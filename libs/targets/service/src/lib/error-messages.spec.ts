import { join } from 'node:path';
import { TARGETS_DETAIL_LABELS, TARGETS_ERROR_MESSAGES } from '@sales/targets/domain';
import { PLATFORM_ERROR_MESSAGES, localize } from '@sales/shared/http';
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

  it('no message shows an identifier where people have a name for it (a zh-CN audit of every code)', () => {
    // Every detail that has a label, given as the identifier the code carries.
    const details = {
      metric: 'salesAmount',
      level: 'realistic',
      role: 'division_manager',
      status: 'submitted',
      unit: 'company',
      heldBy: 'division:d-east',
      from: 'division:d-east',
      to: 'division:d-south',
      salesperson: 'salesperson:p-wang-lei',
      nodeUnit: 'company',
      parent: 'company',
      node: 'salesperson:p-li',
      realistic: 100,
      stretch: 90,
    };
    const raw = [
      'salesAmount',
      'realistic',
      'division_manager',
      'submitted',
      'company',
      'division:',
      'salesperson:',
    ];
    // invalid-node and invalid-unit explain the syntax, identifiers and all, to someone who typed one wrong.
    const syntaxHelp = new Set(['invalid-node', 'invalid-unit']);
    const leaks = Object.keys(TARGETS_ERROR_MESSAGES)
      .filter((code) => !syntaxHelp.has(code))
      .flatMap((code) => {
        const { zh } = localize(code, details, TARGETS_ERROR_MESSAGES, TARGETS_DETAIL_LABELS);
        return raw
          .filter((identifier) => zh.includes(identifier))
          .map((identifier) => `${code}: ${identifier} in "${zh}"`);
      });
    expect(leaks).toEqual([]);
  });
});
