import type { Actor } from '@sales/shared/domain';
import { canRead } from './data-scope';
import type { OrgSnapshot } from './org-snapshot';

const org: OrgSnapshot = {
  divisions: [
    { id: 'd-east', managerId: 'dm-east', salespeople: ['s-1', 's-2'] },
    { id: 'd-west', managerId: 'dm-west', salespeople: ['s-3'] },
  ],
  people: [
    { id: 'vp-1', role: 'vp', managerId: null },
    { id: 'dm-east', role: 'division_manager', managerId: 'vp-1' },
    { id: 'dm-west', role: 'division_manager', managerId: 'vp-1' },
    { id: 's-1', role: 'salesperson', managerId: 'dm-east' },
    { id: 's-2', role: 'salesperson', managerId: 'dm-east' },
    { id: 's-3', role: 'salesperson', managerId: 'dm-west' },
  ],
};

describe('data scope of targets', () => {
  it('a salesperson reads only their own targets', () => {
    const s1: Actor = { userId: 's-1', role: 'salesperson', divisionId: 'd-east' };
    expect(canRead(s1, 'salesperson:s-1', org)).toBe(true);
    expect(canRead(s1, 'salesperson:s-2', org)).toBe(false);
    expect(canRead(s1, 'division:d-east', org)).toBe(false);
    expect(canRead(s1, 'company', org)).toBe(false);
  });

  it('a division manager reads their division and its people, per the org tree rather than the token', () => {
    const dm: Actor = { userId: 'dm-east', role: 'division_manager', divisionId: 'd-west' };
    expect(canRead(dm, 'division:d-east', org)).toBe(true);
    expect(canRead(dm, 'salesperson:s-2', org)).toBe(true);
    expect(canRead(dm, 'division:d-west', org)).toBe(false);
    expect(canRead(dm, 'salesperson:s-3', org)).toBe(false);
    expect(canRead(dm, 'company', org)).toBe(false);
  });

  it('the 总经理, the VP and admins read everything; other roles nothing', () => {
    for (const role of ['general_manager', 'vp', 'admin'] as const)
      for (const node of ['company', 'division:d-west', 'salesperson:s-3'] as const)
        expect(canRead({ userId: 'x', role }, node, org)).toBe(true);
    for (const role of ['finance', 'installer', 'sales_admin', 'engineer', 'safety'] as const)
      expect(canRead({ userId: 'x', role }, 'company', org)).toBe(false);
  });
});
