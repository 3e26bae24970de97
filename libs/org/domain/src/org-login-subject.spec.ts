import { type Actor, ConflictError, DomainError, type Role, specify } from '@sales/shared/domain';
import type { OrgCommand, HirePerson } from './org-commands';
import type { OrgEvent } from './org-events';
import { orgTreeDecider } from './org-tree';
import { ORG_UPCASTERS } from './org-upcasters';
import { foldOrgDirectory, orgTree } from './org-directory';

const TODAY = '2026-01-01';
const vpActor: Actor = { userId: 'vp-1', role: 'vp' };

const hired = (
  personId: string,
  role: Role,
  divisionId: string | null,
  loginSubject = personId,
): OrgEvent => ({
  type: 'PersonHired',
  data: {
    personId,
    name: `name of ${personId}`,
    role,
    divisionId,
    managerId: role === 'vp' ? null : 'vp-1',
    loginSubject,
    effectiveOn: TODAY,
  },
});
const department: OrgEvent[] = [
  hired('vp-1', 'vp', null),
  {
    type: 'DivisionCreated',
    data: { divisionId: 'd-east', code: 'EAST', name: '华东事业部', effectiveOn: TODAY },
  },
  hired('s-1', 'salesperson', 'd-east', 'oidc|s-1'),
];
const hire = (data: Partial<HirePerson['data']>): OrgCommand => ({
  type: 'HirePerson',
  data: {
    today: TODAY,
    actor: vpActor,
    personId: 'p-li',
    name: '李娜',
    role: 'salesperson',
    divisionId: 'd-east',
    effectiveOn: '2026-02-01',
    ...data,
  },
});

const spec = specify(orgTreeDecider);

describe('org tree: the login subject a person signs in with (issue 8 item 9)', () => {
  it('is the person id unless given, and travels with the hire', () => {
    expect(spec.given(department).when(hire({})).events()[0].data).toMatchObject({
      personId: 'p-li',
      loginSubject: 'p-li',
    });
    expect(
      spec
        .given(department)
        .when(hire({ loginSubject: 'oidc|123' }))
        .events()[0].data,
    ).toMatchObject({ personId: 'p-li', loginSubject: 'oidc|123' });
    const [published] = spec
      .given(department)
      .when(hire({ loginSubject: 'oidc|123' }))
      .published();
    expect(published).toMatchObject({ schemaVersion: 2, data: { loginSubject: 'oidc|123' } });
  });

  it('belongs to one person: a subject someone has is refused, the default one too', () => {
    const taken = spec
      .given(department)
      .when(hire({ loginSubject: 'oidc|s-1' }))
      .thenThrows(ConflictError, 'login-subject-taken');
    expect(taken.details).toEqual({ loginSubject: 'oidc|s-1', personId: 's-1' });
    // p-li's default subject is p-li, and someone already signs in as p-li.
    const withSubjectPLi = [...department, hired('p-wang', 'salesperson', 'd-east', 'p-li')];
    expect(
      spec.given(withSubjectPLi).when(hire({})).thenThrows(ConflictError, 'login-subject-taken').details,
    ).toEqual({ loginSubject: 'p-li', personId: 'p-wang' });
    // s-1 signs in as oidc|s-1: their id is free as someone else's subject.
    expect(
      spec
        .given(department)
        .when(hire({ loginSubject: 's-1' }))
        .events(),
    ).toHaveLength(1);
  });

  it('is 1–200 characters, not blank, without control characters', () => {
    for (const loginSubject of ['', '   ', 'a\nb', 'x'.repeat(201)]) {
      spec.given(department).when(hire({ loginSubject })).thenThrows(DomainError, 'invalid-login-subject');
    }
    expect(
      spec
        .given(department)
        .when(hire({ loginSubject: 'x'.repeat(200) }))
        .events(),
    ).toHaveLength(1);
  });

  it('a hire recorded before login subjects existed reads with the person id as its subject', () => {
    const [upcaster] = ORG_UPCASTERS;
    expect(upcaster).toMatchObject({ type: 'PersonHired', fromSchemaVersion: 1 });
    const stored = {
      personId: 'p-old',
      name: '老员工',
      role: 'salesperson',
      divisionId: 'd-east',
      managerId: 'vp-1',
      effectiveOn: TODAY,
    };
    const read = upcaster.upcast(stored) as Extract<OrgEvent, { type: 'PersonHired' }>['data'];
    expect(read).toEqual({ ...stored, loginSubject: 'p-old' });
    const tree = orgTree(foldOrgDirectory([...department, { type: 'PersonHired', data: read }]));
    expect(tree.people.find((p) => p.id === 'p-old')).toMatchObject({ loginSubject: 'p-old' });
  });
});
