import type { Actor, Role } from '@sales/shared/domain';
import type { OrgViewDivision, OrgViewPerson } from '../org-view';

/** A division and a person as org's tree states them (names included, which messages use). */
type Division = OrgViewDivision & Readonly<{ code: string; name: string; members: readonly string[] }>;
type Person = OrgViewPerson & Readonly<{ name: string; loginSubject: string; hiredOn: string }>;
type DepartmentTree = Readonly<{ asOf: string; divisions: readonly Division[]; people: readonly Person[] }>;

const person = (
  id: string,
  name: string,
  role: Role,
  divisionId: string | null,
  managerId: string | null,
): Person => ({
  id,
  name,
  role,
  divisionId,
  managerId,
  loginSubject: id,
  status: 'active',
  hiredOn: '2025-01-01',
});

/**
 * The demo department as customers' specs see it: 张伟 the VP; 华东 (陈志强, with 李娜 and 王磊);
 * 华南 (周敏, with 何芸); 刘芳 in finance.
 */
export const DEPARTMENT: DepartmentTree = {
  asOf: '2026-11-28',
  divisions: [
    {
      id: 'd-east',
      code: 'EAST',
      name: '华东事业部',
      managerId: 'p-chen',
      members: ['p-chen', 'p-li', 'p-wang'],
    },
    { id: 'd-south', code: 'SOUTH', name: '华南事业部', managerId: 'p-zhou', members: ['p-zhou', 'p-he'] },
  ],
  people: [
    person('p-vp', '张伟', 'vp', null, null),
    person('p-chen', '陈志强', 'division_manager', 'd-east', 'p-vp'),
    person('p-li', '李娜', 'salesperson', 'd-east', 'p-chen'),
    person('p-wang', '王磊', 'salesperson', 'd-east', 'p-chen'),
    person('p-zhou', '周敏', 'division_manager', 'd-south', 'p-vp'),
    person('p-he', '何芸', 'salesperson', 'd-south', 'p-zhou'),
    person('p-fin', '刘芳', 'finance', null, 'p-vp'),
  ],
};

/** The actor of a person of DEPARTMENT, with the tree's role. */
export function actorOf(personId: string): Actor {
  const found = DEPARTMENT.people.find((p) => p.id === personId);
  if (!found) return { userId: personId, role: 'admin' };
  return { userId: found.id, role: found.role, divisionId: found.divisionId ?? undefined };
}
