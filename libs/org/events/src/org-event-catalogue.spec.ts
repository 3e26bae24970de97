import Ajv2020 from 'ajv/dist/2020';
import { ORG_EVENT_CATALOGUE } from './org-event-catalogue';
import type { OrgPublishedEvent, OrgSupersededEvent } from './org-events';
import { currentOrgEvent } from './org-event-versions';
import { ORG_ROLES_V1 } from './org-roles';

type Unversioned<E> = E extends { type: infer T; data: infer D } ? { type: T; data: D } : never;

/** One event of each type as org publishes it now. */
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
      personId: 'gm-1',
      name: '赵总',
      role: 'general_manager',
      divisionId: null,
      managerId: null,
      loginSubject: 'oidc|123',
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
      toRole: 'engineer',
      fromManagerId: 'dm-east',
      toManagerId: 'vp-1',
      effectiveOn: '2026-03-01',
    },
  },
] satisfies Unversioned<OrgPublishedEvent>[];

/** What org published before v2 of hires and role changes, still held by subscribers. */
const v1Samples = [
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
] satisfies Unversioned<OrgSupersededEvent>[];

const schemaOf = (type: string, version: number) =>
  ORG_EVENT_CATALOGUE.find((e) => e.type === type && e.schemaVersion === version)!.schema;

describe('org published event catalogue', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });

  it('lists every published version, described in zh-CN and English', () => {
    expect(ORG_EVENT_CATALOGUE.map((e) => [e.type, e.schemaVersion])).toEqual([
      ['DivisionCreated', 1],
      ['DivisionRenamed', 1],
      ['PersonHired', 1],
      ['PersonHired', 2],
      ['PersonStatusChanged', 1],
      ['PersonMoved', 1],
      ['PersonRoleChanged', 1],
      ['PersonRoleChanged', 2],
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

  it.each(samples)(
    '$type: the schema of the version org publishes now accepts what it publishes',
    (event) => {
      const newest = Math.max(
        ...ORG_EVENT_CATALOGUE.filter((e) => e.type === event.type).map((e) => e.schemaVersion),
      );
      const validate = ajv.compile(schemaOf(event.type, newest));
      expect(validate(event.data) ? [] : validate.errors).toEqual([]);
    },
  );

  it.each(v1Samples)('$type v1: its schema still accepts what org published then', (event) => {
    const validate = ajv.compile(schemaOf(event.type, 1));
    expect(validate(event.data) ? [] : validate.errors).toEqual([]);
  });

  it('the schemas refuse missing fields, unknown fields and unknown roles', () => {
    const hired = ajv.compile(schemaOf('PersonHired', 2));
    const good = samples[2].data as Record<string, unknown>;
    expect(hired({ ...good, role: 'king' })).toBe(false);
    expect(hired({ ...good, extra: 1 })).toBe(false);
    const { managerId: _dropped, ...missing } = good;
    expect(hired(missing)).toBe(false);
    const { loginSubject: _subject, ...withoutSubject } = good;
    expect(hired(withoutSubject)).toBe(false);
    expect(hired({ ...good, loginSubject: '' })).toBe(false);
    expect(hired({ ...good, loginSubject: 'x'.repeat(201) })).toBe(false);
    expect(hired({ ...good, effectiveOn: '2026/01/01' })).toBe(false);
  });

  it('v1 keeps its frozen role enum: the roles added later are v2 only', () => {
    const hiredV1 = ajv.compile(schemaOf('PersonHired', 1));
    const changedV1 = ajv.compile(schemaOf('PersonRoleChanged', 1));
    const changedV2 = ajv.compile(schemaOf('PersonRoleChanged', 2));
    const hire = v1Samples[0].data;
    const change = v1Samples[1].data;
    const properties = schemaOf('PersonHired', 1)['properties'] as Record<string, { enum?: string[] }>;
    expect(properties['role'].enum).toEqual([...ORG_ROLES_V1]);
    for (const role of ['general_manager', 'engineer', 'safety']) {
      expect(hiredV1({ ...hire, role })).toBe(false);
      expect(changedV1({ ...change, toRole: role })).toBe(false);
      expect(changedV2({ ...change, toRole: role })).toBe(true);
    }
    expect(hiredV1({ ...hire, loginSubject: 'vp-1' })).toBe(false);
  });
});

describe('reading org events of any published version', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });

  it('a v1 hire reads as v2 with the person id as login subject, valid against v2', () => {
    const read = currentOrgEvent({ ...v1Samples[0], schemaVersion: 1 });
    expect(read).toEqual({
      type: 'PersonHired',
      schemaVersion: 2,
      data: { ...v1Samples[0].data, loginSubject: 'vp-1' },
    });
    const validate = ajv.compile(schemaOf('PersonHired', 2));
    expect(validate(read!.data) ? [] : validate.errors).toEqual([]);
  });

  it('a v1 role change reads as v2 unchanged; an event without a version is v1', () => {
    expect(currentOrgEvent({ type: 'PersonRoleChanged', data: v1Samples[1].data })).toEqual({
      type: 'PersonRoleChanged',
      schemaVersion: 2,
      data: v1Samples[1].data,
    });
  });

  it('current versions read as they are; unknown types and versions read as nothing', () => {
    expect(currentOrgEvent({ ...samples[2], schemaVersion: 2 })).toEqual({ ...samples[2], schemaVersion: 2 });
    expect(currentOrgEvent({ ...samples[0], schemaVersion: 1 })).toEqual({ ...samples[0], schemaVersion: 1 });
    expect(currentOrgEvent({ ...samples[2], schemaVersion: 3 })).toBeUndefined();
    expect(currentOrgEvent({ type: 'PersonResigned', schemaVersion: 1, data: {} })).toBeUndefined();
  });
});
