import Ajv2020 from 'ajv/dist/2020';
import { ORG_EVENT_CATALOGUE } from './org-event-catalogue';
import type { OrgPublishedEvent } from './org-events';

type Unversioned<E> = E extends { type: infer T; data: infer D } ? { type: T; data: D } : never;

const samples = [
  {
    type: 'DivisionCreated',
    data: { divisionId: 'd-east', code: 'EAST', name: '华东事业部', effectiveOn: '2026-01-01' },
  },
  {
    type: 'DivisionRenamed',
    data: { divisionId: 'd-east', name: '华东一部', previousName: '华东事业部', effectiveOn: '2026-02-01' },
  },
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
  {
    type: 'PersonRoleChanged',
    data: {
      personId: 's-1',
      fromRole: 'salesperson',
      toRole: 'sales_admin',
      fromManagerId: 'dm-east',
      toManagerId: 'vp-1',
      effectiveOn: '2026-03-01',
    },
  },
] satisfies Unversioned<OrgPublishedEvent>[];

describe('org published event catalogue', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });

  it('has one entry per published type, described in zh-CN and English', () => {
    expect(ORG_EVENT_CATALOGUE.map((e) => [e.type, e.schemaVersion])).toEqual([
      ['DivisionCreated', 1],
      ['DivisionRenamed', 1],
      ['PersonHired', 1],
      ['PersonMoved', 1],
      ['PersonRoleChanged', 1],
    ]);
    for (const entry of ORG_EVENT_CATALOGUE) {
      expect(entry.context).toBe('org');
      expect(entry.summary.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.summary.en).toMatch(/[a-z]/i);
      for (const property of Object.values(
        entry.schema['properties'] as Record<string, { description?: string }>,
      )) {
        expect(property.description).toMatch(/[\u4e00-\u9fff].* \/ .*[a-z]/i);
      }
    }
  });

  it.each(samples)('$type: the schema accepts what org publishes', (event) => {
    const schema = ORG_EVENT_CATALOGUE.find((e) => e.type === event.type)!.schema;
    const validate = ajv.compile(schema);
    expect(validate(event.data) ? [] : validate.errors).toEqual([]);
  });

  it('the schemas refuse missing fields, unknown fields and unknown roles', () => {
    const hired = ajv.compile(ORG_EVENT_CATALOGUE.find((e) => e.type === 'PersonHired')!.schema);
    const good = samples[2].data as Record<string, unknown>;
    expect(hired({ ...good, role: 'king' })).toBe(false);
    expect(hired({ ...good, extra: 1 })).toBe(false);
    const { managerId: _dropped, ...missing } = good;
    expect(hired(missing)).toBe(false);
    expect(hired({ ...good, effectiveOn: '2026/01/01' })).toBe(false);
  });
});
