import type { OrgPublishedEvent, OrgSupersededEvent } from './org-events';
import type { ReceivedOrgEvent } from './org-event-versions';
import { orgTreeAsOf, personSigningInAs } from './org-tree-as-of';

type Unversioned<E> = E extends { type: infer T; data: infer D } ? { type: T; data: D } : never;

/** A department recorded while hires and role changes were published as v1. */
const history: ReceivedOrgEvent[] = (
  [
    {
      type: 'PersonHired',
      data: {
        personId: 'vp-1',
        name: '王总',
        role: 'vp',
        divisionId: null,
        managerId: null,
        effectiveOn: '2026-01-01',
      },
    },
    {
      type: 'DivisionCreated',
      data: { divisionId: 'd-east', code: 'EAST', name: '华东事业部', effectiveOn: '2026-01-01' },
    },
    {
      type: 'DivisionCreated',
      data: { divisionId: 'd-west', code: 'WEST', name: '华西事业部', effectiveOn: '2026-01-01' },
    },
    {
      type: 'PersonHired',
      data: {
        personId: 'dm-east',
        name: '张经理',
        role: 'division_manager',
        divisionId: 'd-east',
        managerId: 'vp-1',
        effectiveOn: '2026-01-05',
      },
    },
    {
      type: 'PersonHired',
      data: {
        personId: 's-1',
        name: '李四',
        role: 'salesperson',
        divisionId: 'd-east',
        managerId: 'dm-east',
        effectiveOn: '2026-02-01',
      },
    },
    {
      type: 'DivisionRenamed',
      data: {
        divisionId: 'd-west',
        name: '西南事业部',
        previousName: '华西事业部',
        effectiveOn: '2026-03-01',
      },
    },
    {
      type: 'PersonMoved',
      data: {
        personId: 's-1',
        fromDivisionId: 'd-east',
        toDivisionId: 'd-west',
        fromManagerId: 'dm-east',
        toManagerId: 'vp-1',
        effectiveOn: '2026-04-01',
      },
    },
    {
      type: 'PersonRoleChanged',
      data: {
        personId: 's-1',
        fromRole: 'salesperson',
        toRole: 'division_manager',
        fromManagerId: 'vp-1',
        toManagerId: 'vp-1',
        effectiveOn: '2026-05-01',
      },
    },
  ] satisfies Unversioned<OrgPublishedEvent | OrgSupersededEvent>[]
).map((e) => ({ ...e, schemaVersion: 1 }));

describe('org tree as of a date', () => {
  it('shows divisions with their manager and members, and the people', () => {
    const tree = orgTreeAsOf(history, '2026-02-15');
    expect(tree.asOf).toBe('2026-02-15');
    expect(tree.divisions).toEqual([
      { id: 'd-east', code: 'EAST', name: '华东事业部', managerId: 'dm-east', members: ['dm-east', 's-1'] },
      { id: 'd-west', code: 'WEST', name: '华西事业部', managerId: null, members: [] },
    ]);
    expect(tree.people.find((p) => p.id === 's-1')).toEqual({
      id: 's-1',
      name: '李四',
      role: 'salesperson',
      divisionId: 'd-east',
      managerId: 'dm-east',
      loginSubject: 's-1',
      status: 'active',
      hiredOn: '2026-02-01',
    });
  });

  it('includes the changes of the day itself and none after it', () => {
    expect(orgTreeAsOf(history, '2026-01-31').people.map((p) => p.id)).toEqual(['vp-1', 'dm-east']);
    expect(orgTreeAsOf(history, '2026-02-01').people.map((p) => p.id)).toEqual(['vp-1', 'dm-east', 's-1']);
    expect(orgTreeAsOf(history, '2025-12-31')).toEqual({ asOf: '2025-12-31', divisions: [], people: [] });
  });

  it('follows renames, moves and role changes through time', () => {
    const march = orgTreeAsOf(history, '2026-03-31');
    expect(march.divisions.find((d) => d.id === 'd-west')).toMatchObject({ name: '西南事业部', members: [] });
    const april = orgTreeAsOf(history, '2026-04-01');
    expect(april.divisions.find((d) => d.id === 'd-west')).toMatchObject({
      managerId: null,
      members: ['s-1'],
    });
    expect(april.divisions.find((d) => d.id === 'd-east')).toMatchObject({ members: ['dm-east'] });
    const may = orgTreeAsOf(history, '2026-05-01');
    expect(may.divisions.find((d) => d.id === 'd-west')).toMatchObject({ managerId: 's-1' });
  });

  it('applies changes in effective-date order, whatever order they were recorded in', () => {
    // A move recorded before the hire it follows (a future-dated change entered early, or a
    // back-dated one entered late) still acts on its own date only.
    const move = history.find((e) => e.type === 'PersonMoved')!;
    const reordered = [move, ...history.filter((e) => e !== move)];
    expect(orgTreeAsOf(reordered, '2026-03-31')).toEqual(orgTreeAsOf(history, '2026-03-31'));
    expect(orgTreeAsOf(reordered, '2026-04-01')).toEqual(orgTreeAsOf(history, '2026-04-01'));
  });

  it('skips event types and versions it does not know, so a subscriber outlives a new org event', () => {
    const unknown: ReceivedOrgEvent[] = [
      { type: 'PersonResigned', schemaVersion: 1, data: { personId: 's-1', effectiveOn: '2026-02-02' } },
      { type: 'PersonHired', schemaVersion: 9, data: { personId: 'x', effectiveOn: '2026-01-01' } },
    ];
    expect(orgTreeAsOf([...history, ...unknown], '2026-05-01')).toEqual(orgTreeAsOf(history, '2026-05-01'));
  });

  it('reads a history mixing v1 and v2: v1 hires sign in with their person id, v2 ones with their login subject', () => {
    const later: ReceivedOrgEvent[] = [
      {
        type: 'PersonHired',
        schemaVersion: 2,
        data: {
          personId: 'gm-1',
          name: '赵总',
          role: 'general_manager',
          divisionId: null,
          managerId: null,
          loginSubject: 'oidc|123',
          effectiveOn: '2026-06-01',
        },
      },
      {
        type: 'PersonMoved',
        schemaVersion: 1,
        data: {
          personId: 'vp-1',
          fromDivisionId: null,
          toDivisionId: null,
          fromManagerId: null,
          toManagerId: 'gm-1',
          effectiveOn: '2026-06-01',
        },
      },
      {
        type: 'PersonRoleChanged',
        schemaVersion: 2,
        data: {
          personId: 's-1',
          fromRole: 'division_manager',
          toRole: 'safety',
          fromManagerId: 'vp-1',
          toManagerId: 'vp-1',
          effectiveOn: '2026-06-01',
        },
      },
    ];
    const june = orgTreeAsOf([...history, ...later], '2026-06-01');
    expect(june.people.map((p) => [p.id, p.role, p.managerId, p.loginSubject])).toEqual([
      ['vp-1', 'vp', 'gm-1', 'vp-1'],
      ['dm-east', 'division_manager', 'vp-1', 'dm-east'],
      ['s-1', 'safety', 'vp-1', 's-1'],
      ['gm-1', 'general_manager', null, 'oidc|123'],
    ]);
    expect(orgTreeAsOf([...history, ...later], '2026-05-31')).toEqual(orgTreeAsOf(history, '2026-05-31'));
    // A token is matched on the login subject, not on the person id.
    expect(personSigningInAs(june, 'oidc|123')?.id).toBe('gm-1');
    expect(personSigningInAs(june, 'gm-1')).toBeUndefined();
    expect(personSigningInAs(june, 's-1')?.id).toBe('s-1');
  });
});
