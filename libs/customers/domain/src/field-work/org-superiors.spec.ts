import { DEPARTMENT } from '../testing/department.fixture';
import { isTopOfTree, superiorsOf } from './org-superiors';
import type { OrgView } from '../org-view';

/** DEPARTMENT with a 总经理 (p-gm) above the VP. */
const withGeneralManager: OrgView = {
  ...DEPARTMENT,
  people: [
    ...DEPARTMENT.people.map((p) => (p.id === 'p-vp' ? { ...p, managerId: 'p-gm' } : p)),
    { id: 'p-gm', role: 'general_manager', divisionId: null, managerId: null },
  ],
};

describe('who stands above a person (coach of a joint visit, approver of an expense)', () => {
  it('their manager and that manager’s managers, their division’s manager, the VP', () => {
    expect(superiorsOf(DEPARTMENT, 'p-li').sort()).toEqual(['p-chen', 'p-vp']);
    expect(superiorsOf(DEPARTMENT, 'p-chen')).toEqual(['p-vp']);
    expect(superiorsOf(DEPARTMENT, 'p-fin')).toEqual(['p-vp']);
  });

  it('never the person themself, nor a peer; the VP has nobody above but a general manager', () => {
    expect(superiorsOf(DEPARTMENT, 'p-vp')).toEqual([]);
    expect(superiorsOf(withGeneralManager, 'p-vp')).toEqual(['p-gm']);
    expect(superiorsOf(withGeneralManager, 'p-gm')).toEqual([]);
    expect(superiorsOf(withGeneralManager, 'p-li').sort()).toEqual(['p-chen', 'p-gm', 'p-vp']);
    expect(superiorsOf(DEPARTMENT, 'p-nobody')).toEqual([]);
  });

  it('the top of the tree is a VP or general manager with nobody above', () => {
    expect(isTopOfTree(DEPARTMENT, 'p-vp')).toBe(true);
    expect(isTopOfTree(withGeneralManager, 'p-vp')).toBe(false);
    expect(isTopOfTree(withGeneralManager, 'p-gm')).toBe(true);
    // A salesperson with no manager recorded is not the top: the VP stands above them.
    const orphan: OrgView = {
      ...DEPARTMENT,
      people: DEPARTMENT.people.map((p) => (p.id === 'p-he' ? { ...p, managerId: null } : p)),
    };
    expect(isTopOfTree(orphan, 'p-he')).toBe(false);
  });
});
