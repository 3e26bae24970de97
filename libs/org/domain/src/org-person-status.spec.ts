import { NotFoundError, type Role, specify } from '@sales/shared/domain';
import { orgTreeAsOf } from '@sales/org/events';
import type { RecordPersonStatus } from './org-commands';
import type { OrgEvent, PersonStatusChanged } from './org-events';
import { publishOrgEvent } from './org-publication';
import { orgTreeDecider } from './org-tree';

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
    effectiveOn: '2027-01-01',
  },
});
const department: OrgEvent[] = [
  hired('p-vp', 'vp', null, null),
  {
    type: 'DivisionCreated',
    data: { divisionId: 'd-east', code: 'EAST', name: '华东事业部', effectiveOn: '2027-01-01' },
  },
  hired('p-chen', 'division_manager', 'd-east', 'p-vp'),
  hired('p-li', 'salesperson', 'd-east', 'p-chen'),
];

const record = (data: Partial<RecordPersonStatus['data']>): RecordPersonStatus => ({
  type: 'RecordPersonStatus',
  data: {
    personId: 'p-li',
    toStatus: 'resigning',
    reason: 'resignation-noticed',
    caseId: 'case-1',
    sourceEventId: 'evt-1',
    effectiveOn: '2027-03-01',
    ...data,
  },
});
const statusChanged = (data: Partial<PersonStatusChanged['data']>): PersonStatusChanged => ({
  type: 'PersonStatusChanged',
  data: {
    personId: 'p-li',
    fromStatus: 'active',
    toStatus: 'resigning',
    reason: 'resignation-noticed',
    caseId: 'case-1',
    sourceEventId: 'evt-1',
    effectiveOn: '2027-03-01',
    ...data,
  },
});
const leaving = record({
  toStatus: 'left',
  reason: 'handover-completed',
  sourceEventId: 'evt-2',
  effectiveOn: '2027-04-01',
});

const spec = specify(orgTreeDecider);

describe('a resignation in the tree (O2, from handover’s events)', () => {
  it('notice makes the person resigning, a completed handover makes them left, each published', () => {
    spec
      .given(department)
      .when(record({}))
      .then([statusChanged({})]);
    const left = spec.given([...department, statusChanged({})]).when(leaving);
    left.then([
      statusChanged({
        fromStatus: 'resigning',
        toStatus: 'left',
        reason: 'handover-completed',
        sourceEventId: 'evt-2',
        effectiveOn: '2027-04-01',
      }),
    ]);
    expect(left.published()).toEqual([
      {
        type: 'PersonStatusChanged',
        schemaVersion: 1,
        data: {
          personId: 'p-li',
          fromStatus: 'resigning',
          toStatus: 'left',
          reason: 'handover-completed',
          caseId: 'case-1',
          effectiveOn: '2027-04-01',
        },
      },
    ]);
  });

  it('a step delivered again, or late, records nothing: nobody goes back from left', () => {
    spec
      .given([...department, statusChanged({})])
      .when(record({}))
      .then([]);
    const gone = statusChanged({ fromStatus: 'resigning', toStatus: 'left', effectiveOn: '2027-04-01' });
    spec
      .given([...department, statusChanged({}), gone])
      .when(leaving)
      .then([]);
    spec
      .given([...department, statusChanged({}), gone])
      .when(record({}))
      .then([]);
  });

  it('an exit without handover goes straight from active to left', () => {
    spec
      .given(department)
      .when(record({ toStatus: 'left', reason: 'left-without-handover', effectiveOn: '2027-02-10' }))
      .then([
        statusChanged({ toStatus: 'left', reason: 'left-without-handover', effectiveOn: '2027-02-10' }),
      ]);
  });

  it('is never dated before the person’s last recorded change (their history reads in order)', () => {
    const movedLater: OrgEvent = {
      type: 'PersonMoved',
      data: {
        personId: 'p-li',
        fromDivisionId: 'd-east',
        toDivisionId: 'd-east',
        fromManagerId: 'p-chen',
        toManagerId: 'p-vp',
        effectiveOn: '2027-03-15',
      },
    };
    spec
      .given([...department, movedLater])
      .when(record({}))
      .then([statusChanged({ effectiveOn: '2027-03-15' })]);
  });

  it('refuses a person org never had', () => {
    spec
      .given(department)
      .when(record({ personId: 'p-nobody' }))
      .thenThrows(NotFoundError, 'unknown-person');
  });

  it('every subscriber’s tree keeps the person until the day they leave, then drops them', () => {
    const gone = statusChanged({
      fromStatus: 'resigning',
      toStatus: 'left',
      reason: 'handover-completed',
      effectiveOn: '2027-04-01',
    });
    const published = [...department, statusChanged({}), gone].flatMap(publishOrgEvent);
    const before = orgTreeAsOf(published, '2027-02-28');
    expect(before.people.find((p) => p.id === 'p-li')).toMatchObject({ status: 'active' });
    const onLastDay = orgTreeAsOf(published, '2027-03-31');
    expect(onLastDay.people.find((p) => p.id === 'p-li')).toMatchObject({ status: 'resigning' });
    expect(onLastDay.divisions[0].members).toContain('p-li');
    const after = orgTreeAsOf(published, '2027-04-01');
    expect(after.people.map((p) => p.id)).not.toContain('p-li');
    expect(after.divisions[0].members).not.toContain('p-li');
  });
});
