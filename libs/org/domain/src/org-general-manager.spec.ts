import { type Actor, DomainError, type Role, specify } from '@sales/shared/domain';
import type { ChangeRole, HirePerson, MovePerson, OrgCommand } from './org-commands';
import type { OrgEvent } from './org-events';
import { orgTreeDecider } from './org-tree';

const TODAY = '2026-01-01';
const admin: Actor = { userId: 'it-1', role: 'admin' };

const hired = (
  personId: string,
  role: Role,
  divisionId: string | null,
  managerId: string | null,
): OrgEvent => ({
  type: 'PersonHired',
  data: {
    personId,
    name: `name of ${personId}`,
    role,
    divisionId,
    managerId,
    loginSubject: personId,
    effectiveOn: TODAY,
  },
});
const east: OrgEvent = {
  type: 'DivisionCreated',
  data: { divisionId: 'd-east', code: 'EAST', name: '华东事业部', effectiveOn: TODAY },
};
const department: OrgEvent[] = [
  hired('vp-1', 'vp', null, null),
  east,
  hired('dm-east', 'division_manager', 'd-east', 'vp-1'),
];
/** A 总经理 and a division, no VP yet. */
const withGm: OrgEvent[] = [hired('gm-1', 'general_manager', null, null), east];

const hire = (data: Partial<HirePerson['data']>): OrgCommand => ({
  type: 'HirePerson',
  data: {
    today: TODAY,
    actor: admin,
    personId: 'p-new',
    name: '新人',
    role: 'salesperson',
    effectiveOn: TODAY,
    ...data,
  },
});
const move = (data: Partial<MovePerson['data']>): OrgCommand => ({
  type: 'MovePerson',
  data: { today: TODAY, actor: admin, personId: 'vp-1', toDivisionId: null, effectiveOn: TODAY, ...data },
});
const changeRole = (data: Partial<ChangeRole['data']>): OrgCommand => ({
  type: 'ChangeRole',
  data: { today: TODAY, actor: admin, personId: 'dm-east', role: 'engineer', effectiveOn: TODAY, ...data },
});

const spec = specify(orgTreeDecider);

describe('org tree: 总经理 above the VP, and the roles of the next contexts (issue 8 item 9)', () => {
  it('a 总经理 is hired outside divisions, answering to nobody; the VP then answers to them', () => {
    expect(
      spec
        .given(department)
        .when(hire({ personId: 'gm-1', role: 'general_manager' }))
        .events()[0].data,
    ).toMatchObject({ role: 'general_manager', divisionId: null, managerId: null });
    expect(
      spec
        .given(withGm)
        .when(hire({ personId: 'vp-1', role: 'vp' }))
        .events()[0].data,
    ).toMatchObject({ role: 'vp', managerId: 'gm-1' });
    // A VP hired before the 总经理 is placed under them by a move.
    expect(
      spec
        .given([...department, hired('gm-1', 'general_manager', null, null)])
        .when(move({ managerId: 'gm-1' }))
        .events()[0].data,
    ).toMatchObject({ personId: 'vp-1', fromManagerId: null, toManagerId: 'gm-1' });
  });

  it('there is one 总经理, with no division and no manager; the VP answers to the 总经理 or nobody', () => {
    spec
      .given(withGm)
      .when(hire({ personId: 'gm-2', role: 'general_manager' }))
      .thenThrows(DomainError, 'general-manager-already-exists');
    spec
      .given(department)
      .when(hire({ personId: 'gm-1', role: 'general_manager', divisionId: 'd-east' }))
      .thenThrows(DomainError, 'general-manager-has-no-division');
    spec
      .given(department)
      .when(hire({ personId: 'gm-1', role: 'general_manager', managerId: 'vp-1' }))
      .thenThrows(DomainError, 'general-manager-has-no-manager');
    spec
      .given([...department, hired('f-1', 'finance', null, 'vp-1')])
      .when(move({ managerId: 'f-1' }))
      .thenThrows(DomainError, 'vp-has-no-manager');
  });

  it('people outside divisions answer to the VP, or to the 总经理 while there is no VP', () => {
    expect(
      spec
        .given(department)
        .when(hire({ role: 'safety' }))
        .events()[0].data,
    ).toMatchObject({ role: 'safety', divisionId: null, managerId: 'vp-1' });
    expect(
      spec
        .given(withGm)
        .when(hire({ role: 'engineer' }))
        .events()[0].data,
    ).toMatchObject({ role: 'engineer', divisionId: null, managerId: 'gm-1' });
  });

  it('技术 and 安全/质量 are roles like the others; a 总经理 with reports cannot become a non-manager', () => {
    const [changed] = spec
      .given([...department, hired('s-1', 'salesperson', 'd-east', 'dm-east')])
      .when(changeRole({ personId: 's-1', role: 'engineer' }))
      .events();
    expect(changed.data).toMatchObject({ fromRole: 'salesperson', toRole: 'engineer' });
    const gmWithVp = [...withGm, hired('vp-1', 'vp', null, 'gm-1')];
    spec
      .given(gmWithVp)
      .when(changeRole({ personId: 'gm-1', role: 'safety' }))
      .thenThrows(DomainError, 'person-has-reports');
  });
});
