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

  it("subscribers' fold of the published events gives the tree org folds from its internal events", () => {
    expect(orgTreeAsOf(published, '2026-12-31')).toEqual({
      ...orgTree(foldOrgDirectory(history)),
      asOf: '2026-12-31',
    });
  });
});
