import {
  type Actor,
  DomainError,
  ForbiddenError,
  NotFoundError,
  type Role,
  specify,
} from '@sales/shared/domain';
import type { OrgEvent } from './org-events';
import type { OrgCommand } from './org-commands';
import { orgTreeDecider } from './org-tree';

/** The day the commands are decided on; the department's history starts on it. */
const TODAY = '2026-01-01';
const admin: Actor = { userId: 'it-1', role: 'admin' };
const vpActor: Actor = { userId: 'vp-1', role: 'vp' };
const east: Actor = { userId: 'dm-east', role: 'division_manager', divisionId: 'd-east' };
const seller: Actor = { userId: 's-1', role: 'salesperson', divisionId: 'd-east' };

const divisionCreated = (
  divisionId: string,
  code: string,
  name: string,
  effectiveOn = '2026-01-01',
): OrgEvent => ({
  type: 'DivisionCreated',
  data: { divisionId, code, name, effectiveOn },
});
const hired = (
  personId: string,
  role: Role,
  divisionId: string | null,
  managerId: string | null,
  effectiveOn = '2026-01-01',
): OrgEvent => ({
  type: 'PersonHired',
  data: {
    personId,
    name: `name of ${personId}`,
    role,
    divisionId,
    managerId,
    loginSubject: personId,
    effectiveOn,
  },
});

/** A VP, two divisions (东区, 西区) with a manager each, and one salesperson in the east. */
const department: OrgEvent[] = [
  hired('vp-1', 'vp', null, null),
  divisionCreated('d-east', 'EAST', '华东事业部'),
  divisionCreated('d-west', 'WEST', '华西事业部'),
  hired('dm-east', 'division_manager', 'd-east', 'vp-1'),
  hired('dm-west', 'division_manager', 'd-west', 'vp-1'),
  hired('s-1', 'salesperson', 'd-east', 'dm-east'),
];

const hire = (data: Partial<Extract<OrgCommand, { type: 'HirePerson' }>['data']>): OrgCommand => ({
  type: 'HirePerson',
  data: {
    today: TODAY,
    actor: vpActor,
    personId: 's-2',
    name: '李四',
    role: 'salesperson',
    effectiveOn: '2026-02-01',
    ...data,
  },
});
const move = (data: Partial<Extract<OrgCommand, { type: 'MovePerson' }>['data']>): OrgCommand => ({
  type: 'MovePerson',
  data: {
    today: TODAY,
    actor: vpActor,
    personId: 's-1',
    toDivisionId: 'd-west',
    effectiveOn: '2026-03-01',
    ...data,
  },
});
const changeRole = (data: Partial<Extract<OrgCommand, { type: 'ChangeRole' }>['data']>): OrgCommand => ({
  type: 'ChangeRole',
  data: {
    today: TODAY,
    actor: vpActor,
    personId: 's-1',
    role: 'sales_admin',
    effectiveOn: '2026-03-01',
    ...data,
  },
});

const spec = specify(orgTreeDecider);

describe('org tree: divisions', () => {
  it('the VP creates a division with a code and a Chinese name', () => {
    spec
      .given([])
      .when({
        type: 'CreateDivision',
        data: {
          today: TODAY,
          actor: vpActor,
          divisionId: 'd-1',
          code: ' NORTH ',
          name: ' 华北事业部 ',
          effectiveOn: '2026-01-01',
        },
      })
      .then([divisionCreated('d-1', 'NORTH', '华北事业部')]);
  });

  it('division codes are unique, whatever their case', () => {
    const error = spec
      .given(department)
      .when({
        type: 'CreateDivision',
        data: {
          today: TODAY,
          actor: admin,
          divisionId: 'd-3',
          code: 'east',
          name: '另一个',
          effectiveOn: '2026-02-01',
        },
      })
      .thenThrows(DomainError, 'division-code-taken');
    expect(error.details).toEqual({ code: 'east', divisionId: 'd-east' });
  });

  it('refuses an id already used, a malformed code and an empty name', () => {
    const create = (divisionId: string, code: string, name: string): OrgCommand => ({
      type: 'CreateDivision',
      data: { today: TODAY, actor: admin, divisionId, code, name, effectiveOn: '2026-02-01' },
    });
    spec
      .given(department)
      .when(create('d-east', 'NEW', '新'))
      .thenThrows(DomainError, 'division-already-exists');
    spec
      .given(department)
      .when(create('d-3', 'has space', '新'))
      .thenThrows(DomainError, 'invalid-division-code');
    expect(
      spec
        .given(department)
        .when(create('d-3', 'NEW', '  '))
        .thenThrows(DomainError, 'field-required').details,
    ).toEqual({ field: 'name' });
  });

  it('only the VP or an admin may create or rename divisions', () => {
    for (const actor of [east, seller, { userId: 'f-1', role: 'finance' } as Actor]) {
      spec
        .given(department)
        .when({
          type: 'CreateDivision',
          data: {
            today: TODAY,
            actor,
            divisionId: 'd-3',
            code: 'NEW',
            name: '新',
            effectiveOn: '2026-02-01',
          },
        })
        .thenThrows(ForbiddenError, 'forbidden-role');
      spec
        .given(department)
        .when({
          type: 'RenameDivision',
          data: { today: TODAY, actor, divisionId: 'd-east', name: '新', effectiveOn: '2026-02-01' },
        })
        .thenThrows(ForbiddenError, 'forbidden-role');
    }
  });

  it('renaming records the previous name; renaming to the same name or an unknown division is refused', () => {
    const rename = (divisionId: string, name: string): OrgCommand => ({
      type: 'RenameDivision',
      data: { today: TODAY, actor: vpActor, divisionId, name, effectiveOn: '2026-02-01' },
    });
    spec
      .given(department)
      .when(rename('d-east', '华东一部'))
      .then([
        {
          type: 'DivisionRenamed',
          data: {
            divisionId: 'd-east',
            name: '华东一部',
            previousName: '华东事业部',
            effectiveOn: '2026-02-01',
          },
        },
      ]);
    spec.given(department).when(rename('d-east', '华东事业部')).thenThrows(DomainError, 'no-change');
    spec.given(department).when(rename('d-nope', '新')).thenThrows(NotFoundError, 'unknown-division');
  });
});

describe('org tree: hiring', () => {
  it('a salesperson hired without a manager answers to the division manager', () => {
    spec
      .given(department)
      .when(hire({ divisionId: 'd-east' }))
      .then([
        {
          type: 'PersonHired',
          data: {
            personId: 's-2',
            name: '李四',
            role: 'salesperson',
            divisionId: 'd-east',
            managerId: 'dm-east',
            loginSubject: 's-2',
            effectiveOn: '2026-02-01',
          },
        },
      ]);
  });

  it('in a division without a manager, people answer to the VP; a new division manager too', () => {
    const withEmptyDivision = [...department, divisionCreated('d-north', 'NORTH', '华北事业部')];
    expect(
      spec
        .given(withEmptyDivision)
        .when(hire({ divisionId: 'd-north' }))
        .events()[0].data,
    ).toMatchObject({ managerId: 'vp-1' });
    expect(
      spec
        .given(withEmptyDivision)
        .when(hire({ role: 'division_manager', divisionId: 'd-north' }))
        .events()[0].data,
    ).toMatchObject({ managerId: 'vp-1' });
  });

  it('an explicit null manager is kept: nobody above', () => {
    expect(
      spec
        .given(department)
        .when(hire({ role: 'finance', managerId: null }))
        .events()[0].data,
    ).toMatchObject({
      divisionId: null,
      managerId: null,
    });
  });

  it('only the VP or an admin hire', () => {
    spec
      .given(department)
      .when(hire({ actor: east, divisionId: 'd-east' }))
      .thenThrows(ForbiddenError, 'forbidden-role');
    spec
      .given(department)
      .when(hire({ actor: seller, divisionId: 'd-east' }))
      .thenThrows(ForbiddenError, 'forbidden-role');
  });

  it('refuses hiring the same person twice, an unknown role and an empty name', () => {
    spec
      .given(department)
      .when(hire({ personId: 's-1', divisionId: 'd-east' }))
      .thenThrows(DomainError, 'person-already-hired');
    spec
      .given(department)
      .when(hire({ role: 'boss' as Role, divisionId: 'd-east' }))
      .thenThrows(DomainError, 'unknown-role');
    spec
      .given(department)
      .when(hire({ name: '', divisionId: 'd-east' }))
      .thenThrows(DomainError, 'field-required');
  });

  it('there is one VP, outside any division and without a manager', () => {
    spec
      .given(department)
      .when(hire({ personId: 'vp-2', role: 'vp' }))
      .thenThrows(DomainError, 'vp-already-exists');
    spec
      .given([])
      .when(hire({ personId: 'vp-2', role: 'vp', divisionId: 'd-east' }))
      .thenThrows(NotFoundError, 'unknown-division');
    spec
      .given(department.slice(0, 2))
      .when(hire({ personId: 'x', role: 'admin' }))
      .then([
        {
          type: 'PersonHired',
          data: {
            personId: 'x',
            name: '李四',
            role: 'admin',
            divisionId: null,
            managerId: 'vp-1',
            loginSubject: 'x',
            effectiveOn: '2026-02-01',
          },
        },
      ]);
    const noVp = department.slice(1, 3);
    spec
      .given(noVp)
      .when(hire({ personId: 'vp-2', role: 'vp', divisionId: 'd-east' }))
      .thenThrows(DomainError, 'vp-has-no-division');
    spec
      .given([...noVp, hired('a-1', 'admin', null, null)])
      .when(hire({ personId: 'vp-2', role: 'vp', managerId: 'a-1' }))
      .thenThrows(DomainError, 'vp-has-no-manager');
  });

  it('division managers and salespeople must belong to an existing division', () => {
    spec.given(department).when(hire({})).thenThrows(DomainError, 'division-required');
    spec
      .given(department)
      .when(hire({ role: 'division_manager' }))
      .thenThrows(DomainError, 'division-required');
    spec
      .given(department)
      .when(hire({ divisionId: 'd-nope' }))
      .thenThrows(NotFoundError, 'unknown-division');
  });

  it('a division has one manager', () => {
    const error = spec
      .given(department)
      .when(hire({ role: 'division_manager', divisionId: 'd-east' }))
      .thenThrows(DomainError, 'division-already-has-manager');
    expect(error.details).toEqual({ divisionId: 'd-east', managerId: 'dm-east' });
  });

  it('a manager must exist, manage, and run the same division', () => {
    spec
      .given(department)
      .when(hire({ divisionId: 'd-east', managerId: 'ghost' }))
      .thenThrows(NotFoundError, 'unknown-manager');
    spec
      .given(department)
      .when(hire({ divisionId: 'd-east', managerId: 's-1' }))
      .thenThrows(DomainError, 'manager-not-a-manager');
    const error = spec
      .given(department)
      .when(hire({ divisionId: 'd-east', managerId: 'dm-west' }))
      .thenThrows(DomainError, 'manager-in-other-division');
    expect(error.details).toMatchObject({
      divisionId: 'd-east',
      managerId: 'dm-west',
      managerDivisionId: 'd-west',
    });
    expect(
      spec
        .given(department)
        .when(hire({ divisionId: 'd-east', managerId: 'vp-1' }))
        .events()[0].data,
    ).toMatchObject({ managerId: 'vp-1' });
  });

  it('nobody manages themselves (the smallest manager cycle)', () => {
    const withNorth = [...department, divisionCreated('d-north', 'NORTH', '华北事业部')];
    const error = spec
      .given(withNorth)
      .when(hire({ personId: 'dm-x', role: 'division_manager', divisionId: 'd-north', managerId: 'dm-x' }))
      .thenThrows(DomainError, 'manager-cycle');
    expect(error.details).toEqual({ personId: 'dm-x', chain: ['dm-x', 'dm-x'] });
    spec
      .given(department)
      .when(move({ personId: 'dm-east', toDivisionId: 'd-east', managerId: 'dm-east' }))
      .thenThrows(DomainError, 'manager-cycle');
  });
});

describe('org tree: moves', () => {
  it('moving a salesperson to another division puts them under that division manager', () => {
    spec
      .given(department)
      .when(move({}))
      .then([
        {
          type: 'PersonMoved',
          data: {
            personId: 's-1',
            fromDivisionId: 'd-east',
            toDivisionId: 'd-west',
            fromManagerId: 'dm-east',
            toManagerId: 'dm-west',
            effectiveOn: '2026-03-01',
          },
        },
      ]);
  });

  it('a move inside the division can change only the manager', () => {
    expect(
      spec
        .given(department)
        .when(move({ toDivisionId: 'd-east', managerId: 'vp-1' }))
        .events()[0].data,
    ).toMatchObject({
      fromDivisionId: 'd-east',
      toDivisionId: 'd-east',
      toManagerId: 'vp-1',
    });
    spec
      .given(department)
      .when(move({ toDivisionId: 'd-east' }))
      .thenThrows(DomainError, 'no-change');
  });

  it('a division manager moves people of their own division, not of others, nor themselves', () => {
    expect(
      spec
        .given(department)
        .when(move({ actor: east }))
        .events(),
    ).toHaveLength(1);
    const west: Actor = { userId: 'dm-west', role: 'division_manager', divisionId: 'd-west' };
    spec
      .given(department)
      .when(move({ actor: west }))
      .thenThrows(ForbiddenError, 'not-your-division');
    spec
      .given(department)
      .when(move({ actor: east, personId: 'dm-east', toDivisionId: 'd-west' }))
      .thenThrows(ForbiddenError, 'not-your-division');
  });

  it('the tree, not the token, says which division a manager runs', () => {
    const staleToken: Actor = { userId: 'dm-west', role: 'division_manager', divisionId: 'd-east' };
    spec
      .given(department)
      .when(move({ actor: staleToken }))
      .thenThrows(ForbiddenError, 'not-your-division');
  });

  it('salespeople and other roles move nobody', () => {
    spec
      .given(department)
      .when(move({ actor: seller }))
      .thenThrows(ForbiddenError, 'forbidden-role');
    spec
      .given(department)
      .when(move({ actor: { userId: 'f', role: 'finance' } }))
      .thenThrows(ForbiddenError, 'forbidden-role');
  });

  it('a manager with reports cannot leave their division until the reports are reassigned', () => {
    const withNorth = [...department, divisionCreated('d-north', 'NORTH', '华北事业部')];
    const error = spec
      .given(withNorth)
      .when(move({ personId: 'dm-east', toDivisionId: 'd-north' }))
      .thenThrows(DomainError, 'person-has-reports');
    expect(error.details).toEqual({ personId: 'dm-east', reports: ['s-1'] });
  });

  it('refuses moving unknown people, into unknown divisions, or into an inconsistent place', () => {
    spec
      .given(department)
      .when(move({ personId: 'ghost' }))
      .thenThrows(NotFoundError, 'unknown-person');
    spec
      .given(department)
      .when(move({ toDivisionId: 'd-nope' }))
      .thenThrows(NotFoundError, 'unknown-division');
    spec
      .given(department)
      .when(move({ toDivisionId: null }))
      .thenThrows(DomainError, 'division-required');
    spec
      .given(department)
      .when(move({ managerId: 'dm-east' }))
      .thenThrows(DomainError, 'manager-in-other-division');
  });
});

describe('org tree: role changes', () => {
  it('promoting a salesperson in a division without a manager makes them its manager, under the VP', () => {
    const history = [
      ...department,
      divisionCreated('d-north', 'NORTH', '华北事业部'),
      hired('s-9', 'salesperson', 'd-north', 'vp-1'),
    ];
    spec
      .given(history)
      .when(changeRole({ personId: 's-9', role: 'division_manager' }))
      .then([
        {
          type: 'PersonRoleChanged',
          data: {
            personId: 's-9',
            fromRole: 'salesperson',
            toRole: 'division_manager',
            fromManagerId: 'vp-1',
            toManagerId: 'vp-1',
            effectiveOn: '2026-03-01',
          },
        },
      ]);
  });

  it('a second manager for a division is refused', () => {
    spec
      .given(department)
      .when(changeRole({ role: 'division_manager' }))
      .thenThrows(DomainError, 'division-already-has-manager');
  });

  it('a manager with reports cannot become a non-manager', () => {
    spec
      .given(department)
      .when(changeRole({ personId: 'dm-east', role: 'salesperson' }))
      .thenThrows(DomainError, 'person-has-reports');
  });

  it('making the VP report to someone would close a loop in the chain', () => {
    spec
      .given(department)
      .when(changeRole({ personId: 'dm-east', role: 'vp', managerId: null }))
      .thenThrows(DomainError, 'vp-has-no-division');
    spec
      .given(department)
      .when(hire({ personId: 'x', role: 'vp', managerId: 'dm-east' }))
      .thenThrows(DomainError, 'vp-has-no-manager');
  });

  it('only the VP or an admin change roles; the same role is no change', () => {
    spec
      .given(department)
      .when(changeRole({ actor: east }))
      .thenThrows(ForbiddenError, 'forbidden-role');
    spec
      .given(department)
      .when(changeRole({ role: 'salesperson' }))
      .thenThrows(DomainError, 'no-change');
    spec
      .given(department)
      .when(changeRole({ role: 'chief' as Role }))
      .thenThrows(DomainError, 'unknown-role');
    spec
      .given(department)
      .when(changeRole({ personId: 'ghost' }))
      .thenThrows(NotFoundError, 'unknown-person');
  });
});

describe('org tree: effective dates', () => {
  it('refuses invalid dates', () => {
    spec
      .given(department)
      .when(hire({ divisionId: 'd-east', effectiveOn: '2026-02-30' }))
      .thenThrows(DomainError, 'invalid-date');
    spec
      .given(department)
      .when(hire({ divisionId: 'd-east', effectiveOn: '1/2/2026' }))
      .thenThrows(DomainError, 'invalid-date');
  });

  it("refuses a change before the same person's last recorded change, accepts the same day", () => {
    const moved = {
      type: 'PersonMoved' as const,
      data: {
        personId: 's-1',
        fromDivisionId: 'd-east',
        toDivisionId: 'd-west',
        fromManagerId: 'dm-east',
        toManagerId: 'dm-west',
        effectiveOn: '2026-05-01',
      },
    };
    const later = [...department, moved];
    const error = spec
      .given(later)
      .when(changeRole({ effectiveOn: '2026-04-30' }))
      .thenThrows(DomainError, 'effective-date-before-last-change');
    expect(error.details).toEqual({
      effectiveOn: '2026-04-30',
      subject: 'person:s-1',
      lastChangeOn: '2026-05-01',
    });
    expect(
      spec
        .given(later)
        .when(changeRole({ effectiveOn: '2026-05-01' }))
        .events(),
    ).toHaveLength(1);
  });

  it('a change scheduled for one person or division blocks nothing earlier for anyone else (issue 8 item 5)', () => {
    // 2027-01-01: a new division and a move are recorded ahead of time.
    const scheduled = [
      ...department,
      divisionCreated('d-north', 'NORTH', '华北事业部', '2027-01-01'),
      hired('s-9', 'salesperson', 'd-west', 'dm-west', '2027-01-01'),
    ];
    // A hire dated 2026-12-01 into an existing division is accepted.
    expect(
      spec
        .given(scheduled)
        .when(hire({ divisionId: 'd-east', effectiveOn: '2026-12-01' }))
        .events(),
    ).toHaveLength(1);
    // So is a move of someone else, and a rename of another division.
    expect(
      spec
        .given(scheduled)
        .when(move({ effectiveOn: '2026-12-01' }))
        .events(),
    ).toHaveLength(1);
  });

  it('refuses joining a division or a manager before it exists', () => {
    const scheduled = [...department, divisionCreated('d-north', 'NORTH', '华北事业部', '2027-01-01')];
    const error = spec
      .given(scheduled)
      .when(move({ toDivisionId: 'd-north', managerId: 'vp-1', effectiveOn: '2026-12-01' }))
      .thenThrows(DomainError, 'not-yet-effective');
    expect(error.details).toEqual({
      effectiveOn: '2026-12-01',
      subject: 'division:d-north',
      since: '2027-01-01',
    });
    const withLateManager = [
      ...department,
      divisionCreated('d-south', 'SOUTH', '华南事业部'),
      hired('dm-south', 'division_manager', 'd-south', 'vp-1', '2027-01-01'),
    ];
    spec
      .given(withLateManager)
      .when(hire({ divisionId: 'd-south', managerId: 'dm-south', effectiveOn: '2026-12-01' }))
      .thenThrows(DomainError, 'not-yet-effective');
  });
});

describe('org tree: back-dating (倒签) and today', () => {
  const later = '2026-06-01';

  it('refuses a change dated before today without a reason', () => {
    const error = spec
      .given(department)
      .when(hire({ divisionId: 'd-east', effectiveOn: '2026-05-31', today: later }))
      .thenThrows(DomainError, 'backdating-needs-reason');
    expect(error.details).toEqual({ effectiveOn: '2026-05-31', today: later });
  });

  it('lets only the VP or an admin back-date', () => {
    spec
      .given(department)
      .when(
        move({
          actor: east,
          personId: 's-1',
          toDivisionId: 'd-east',
          managerId: 'vp-1',
          effectiveOn: '2026-05-31',
          today: later,
          backdatingReason: '漏登',
        }),
      )
      .thenThrows(ForbiddenError, 'backdating-not-allowed');
  });

  it('records the reason with the change, and keeps it internal', () => {
    const events = spec
      .given(department)
      .when(
        hire({
          divisionId: 'd-east',
          effectiveOn: '2026-05-31',
          today: later,
          backdatingReason: ' 入职手续补录 ',
        }),
      )
      .events();
    expect(events[0].data).toMatchObject({ effectiveOn: '2026-05-31', backdatingReason: '入职手续补录' });
    expect(
      JSON.stringify(
        spec
          .given(department)
          .when(
            hire({ divisionId: 'd-east', effectiveOn: '2026-05-31', today: later, backdatingReason: '补录' }),
          )
          .published(),
      ),
    ).not.toContain('补录');
  });

  it('a change dated today or later needs no reason', () => {
    expect(
      spec
        .given(department)
        .when(hire({ divisionId: 'd-east', effectiveOn: later, today: later }))
        .events(),
    ).toHaveLength(1);
  });

  it("a division manager's rights follow the tree as of today, not a move scheduled for later", () => {
    // dm-east is to run 华西 from 2027; today he still runs 华东 and may move its people.
    const scheduledMove = [
      ...department,
      {
        type: 'PersonMoved' as const,
        data: {
          personId: 'dm-west',
          fromDivisionId: 'd-west',
          toDivisionId: null,
          fromManagerId: 'vp-1',
          toManagerId: 'vp-1',
          effectiveOn: '2027-01-01',
        },
      },
      {
        type: 'PersonMoved' as const,
        data: {
          personId: 'dm-east',
          fromDivisionId: 'd-east',
          toDivisionId: 'd-west',
          fromManagerId: 'vp-1',
          toManagerId: 'vp-1',
          effectiveOn: '2027-01-01',
        },
      },
    ];
    const moveSeller = move({
      actor: east,
      personId: 's-1',
      toDivisionId: 'd-east',
      managerId: 'vp-1',
      effectiveOn: later,
      today: later,
    });
    expect(spec.given(scheduledMove).when(moveSeller).events()).toHaveLength(1);
  });
});

describe('org tree: ids that are names on Object.prototype are ordinary ids', () => {
  it('a person hired as constructor, toString or __proto__ is new, then exists', () => {
    for (const personId of ['constructor', 'toString', '__proto__']) {
      spec
        .given(department)
        .when(hire({ personId, divisionId: 'd-east' }))
        .then([
          {
            type: 'PersonHired',
            data: {
              personId,
              name: '李四',
              role: 'salesperson',
              divisionId: 'd-east',
              managerId: 'dm-east',
              loginSubject: personId,
              effectiveOn: '2026-02-01',
            },
          },
        ]);
      spec
        .given([...department, hired(personId, 'salesperson', 'd-east', 'dm-east')])
        .when(hire({ personId, divisionId: 'd-east' }))
        .thenThrows(DomainError, 'person-already-hired');
    }
  });

  it('a division toString is created, and an unknown hasOwnProperty division is unknown', () => {
    spec
      .given(department)
      .when({
        type: 'CreateDivision',
        data: {
          today: TODAY,
          actor: vpActor,
          divisionId: 'toString',
          code: 'TS',
          name: '测试',
          effectiveOn: '2026-02-01',
        },
      })
      .then([divisionCreated('toString', 'TS', '测试', '2026-02-01')]);
    spec
      .given(department)
      .when(hire({ divisionId: 'hasOwnProperty' }))
      .thenThrows(NotFoundError, 'unknown-division');
    spec
      .given(department)
      .when(move({ personId: 'valueOf' }))
      .thenThrows(NotFoundError, 'unknown-person');
    spec
      .given(department)
      .when(hire({ managerId: 'constructor', divisionId: 'd-east' }))
      .thenThrows(NotFoundError, 'unknown-manager');
  });
});
