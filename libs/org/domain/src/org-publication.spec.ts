import Ajv2020 from 'ajv/dist/2020';
import { ORG_EVENT_CATALOGUE, orgTreeAsOf } from '@sales/org/events';
import { foldOrgDirectory, orgTree } from './org-directory';
import type { OrgEvent } from './org-events';
import { publishOrgEvent } from './org-publication';

const history: OrgEvent[] = [
  {
    type: 'PersonHired',
    data: {
      personId: 'vp-1',
      name: '王总',
      role: 'vp',
      divisionId: null,
      managerId: null,
      loginSubject: 'vp-1',
      effectiveOn: '2026-01-01',
    },
  },
  {
    type: 'DivisionCreated',
    data: { divisionId: 'd-east', code: 'EAST', name: '华东事业部', effectiveOn: '2026-01-01' },
  },
  {
    type: 'PersonHired',
    data: {
      personId: 'dm-east',
      name: '张经理',
      role: 'division_manager',
      divisionId: 'd-east',
      managerId: 'vp-1',
      loginSubject: 'dm-east',
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
      loginSubject: 's-1',
      effectiveOn: '2026-02-01',
    },
  },
  {
    type: 'DivisionRenamed',
    data: { divisionId: 'd-east', name: '华东一部', previousName: '华东事业部', effectiveOn: '2026-03-01' },
  },
  {
    type: 'PersonRoleChanged',
    data: {
      personId: 's-1',
      fromRole: 'salesperson',
      toRole: 'sales_admin',
      fromManagerId: 'dm-east',
      toManagerId: 'vp-1',
      effectiveOn: '2026-04-01',
    },
  },
  // A 总经理 signing in with an identity provider's subject, and the VP placed under them.
  {
    type: 'PersonHired',
    data: {
      personId: 'gm-1',
      name: '赵总',
      role: 'general_manager',
      divisionId: null,
      managerId: null,
      loginSubject: 'oidc|123',
      effectiveOn: '2026-05-01',
    },
  },
  {
    type: 'PersonMoved',
    data: {
      personId: 'vp-1',
      fromDivisionId: null,
      toDivisionId: null,
      fromManagerId: null,
      toManagerId: 'gm-1',
      effectiveOn: '2026-05-01',
    },
  },
  {
    type: 'PersonRoleChanged',
    data: {
      personId: 's-1',
      fromRole: 'sales_admin',
      toRole: 'engineer',
      fromManagerId: 'vp-1',
      toManagerId: 'vp-1',
      effectiveOn: '2026-05-01',
    },
  },
];

describe('org publication', () => {
  const published = history.flatMap(publishOrgEvent);

  it('publishes every change of the tree as one event at its catalogue version, valid against its schema', () => {
    expect(published.map((e) => e.type)).toEqual(history.map((e) => e.type));
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    for (const event of published) {
      const entry = ORG_EVENT_CATALOGUE.find(
        (e) => e.type === event.type && e.schemaVersion === event.schemaVersion,
      );
      expect(entry).toBeDefined();
      const validate = ajv.getSchema(String(entry!.schema['$id'])) ?? ajv.compile(entry!.schema);
      expect(validate(event.data) ? [] : validate.errors).toEqual([]);
    }
  });

  it('publishes hires and role changes as v2: the new roles, and the login subject of each hire', () => {
    expect(published.map((e) => `${e.type}.v${e.schemaVersion}`)).toEqual([
      'PersonHired.v2',
      'DivisionCreated.v1',
      'PersonHired.v2',
      'PersonHired.v2',
      'DivisionRenamed.v1',
      'PersonRoleChanged.v2',
      'PersonHired.v2',
      'PersonMoved.v1',
      'PersonRoleChanged.v2',
    ]);
    expect(published[6].data).toMatchObject({ role: 'general_manager', loginSubject: 'oidc|123' });
    expect(published[8].data).toMatchObject({ toRole: 'engineer' });
  });

  it("subscribers' fold of the published events gives the tree org folds from its internal events", () => {
    const tree = { ...orgTree(foldOrgDirectory(history)), asOf: '2026-12-31' };
    expect(orgTreeAsOf(published, '2026-12-31')).toEqual(tree);
    expect(tree.people.find((p) => p.id === 'gm-1')).toMatchObject({ loginSubject: 'oidc|123' });
  });

  it('a subscriber that recorded the early hires as v1 folds the same tree', () => {
    const asV1 = published.map((event, i) => {
      if (i > 5 || event.type !== 'PersonHired') return event;
      const { loginSubject: _subject, ...v1 } = event.data as Record<string, unknown>;
      return { type: event.type, schemaVersion: 1, data: v1 };
    });
    expect(asV1.filter((e) => e.schemaVersion === 1 && e.type === 'PersonHired')).toHaveLength(3);
    expect(orgTreeAsOf(asV1, '2026-12-31')).toEqual(orgTreeAsOf(published, '2026-12-31'));
  });
});
