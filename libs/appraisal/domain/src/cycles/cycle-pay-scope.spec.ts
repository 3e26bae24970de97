import type { CycleOrgView } from './cycle-org';
import { ORG, as } from './cycle.fixture';
import { mayReadPay, maySeeSubject, resultsScopeOf } from './cycle-pay-scope';

/** The fixture's 华东事业部 plus 华南事业部 (周敏, 何芸): a second division to be kept out of. */
const TWO_DIVISIONS: CycleOrgView = {
  divisions: [...ORG.divisions, { id: 'd-south', name: '华南事业部', managerId: 'p-zhoumin' }],
  people: [
    ...ORG.people,
    { id: 'p-zhoumin', name: '周敏', role: 'division_manager', divisionId: 'd-south', managerId: 'p-vp' },
    { id: 'p-he', name: '何芸', role: 'salesperson', divisionId: 'd-south', managerId: 'p-zhoumin' },
  ],
};
const person = (personId: string) => ({ personId });
const seen = (viewer: string) =>
  ['p-li', 'p-wang', 'p-he', 'p-chen'].filter((p) =>
    maySeeSubject(
      TWO_DIVISIONS,
      { userId: viewer, role: TWO_DIVISIONS.people.find((x) => x.id === viewer)!.role },
      person(p),
    ),
  );

describe('who reads appraisal results, and their pay (A2)', () => {
  it('a division manager reads the people below him and his own result, not another division’s', () => {
    expect(resultsScopeOf(as('p-chen'))).toBe('chain');
    expect(seen('p-chen')).toEqual(['p-li', 'p-wang', 'p-chen']);
    expect(seen('p-zhoumin')).toEqual(['p-he']);
  });

  it('the VP, finance and the 市场部主管 read everyone; a salesperson only herself', () => {
    expect(seen('p-vp')).toEqual(['p-li', 'p-wang', 'p-he', 'p-chen']);
    expect(seen('p-fin')).toEqual(['p-li', 'p-wang', 'p-he', 'p-chen']);
    expect(seen('p-zhou')).toEqual(['p-li', 'p-wang', 'p-he', 'p-chen']);
    expect(seen('p-li')).toEqual(['p-li']);
    expect(resultsScopeOf({ userId: 'p-inst', role: 'installer' })).toBeUndefined();
  });

  it('pay: the person, the chain above, the VP and finance — not the 市场部主管', () => {
    expect(mayReadPay(TWO_DIVISIONS, as('p-li'), person('p-li'))).toBe(true);
    expect(mayReadPay(TWO_DIVISIONS, as('p-chen'), person('p-li'))).toBe(true);
    expect(mayReadPay(TWO_DIVISIONS, as('p-vp'), person('p-he'))).toBe(true);
    expect(mayReadPay(TWO_DIVISIONS, as('p-fin'), person('p-he'))).toBe(true);
    expect(mayReadPay(TWO_DIVISIONS, as('p-zhou'), person('p-li'))).toBe(false);
    expect(mayReadPay(TWO_DIVISIONS, as('p-wang'), person('p-li'))).toBe(false);
  });
});
