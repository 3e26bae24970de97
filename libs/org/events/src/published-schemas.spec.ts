import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES } from '@sales/shared/domain';
import { publishedSchemaDrift } from '@sales/shared/testing';
import { ORG_EVENT_CATALOGUE } from './org-event-catalogue';
import { ORG_ROLES_V1, ORG_ROLES_V2 } from './org-roles';

const schemas = join(__dirname, '..', 'schemas');
const committedRoles = (file: string, property: string): unknown =>
  JSON.parse(readFileSync(join(schemas, file), 'utf8')).properties[property].enum;

describe('org published event schemas', () => {
  it('match the committed schema of every published version (a changed shape needs a new version)', () => {
    expect(publishedSchemaDrift(ORG_EVENT_CATALOGUE, schemas)).toEqual([]);
  });

  it('the v1 role enum stays as first published; v2 adds 总经理, 技术, 安全/质量', () => {
    for (const [file, property] of [
      ['PersonHired.v1.json', 'role'],
      ['PersonRoleChanged.v1.json', 'fromRole'],
      ['PersonRoleChanged.v1.json', 'toRole'],
    ]) {
      expect(committedRoles(file, property)).toEqual([...ORG_ROLES_V1]);
    }
    for (const [file, property] of [
      ['PersonHired.v2.json', 'role'],
      ['PersonRoleChanged.v2.json', 'toRole'],
    ]) {
      expect(committedRoles(file, property)).toEqual([...ORG_ROLES_V2]);
    }
    expect(ORG_ROLES_V2.filter((r) => !(ORG_ROLES_V1 as readonly string[]).includes(r))).toEqual([
      'general_manager',
      'engineer',
      'safety',
    ]);
  });

  it('every role of the platform is in the enum org publishes now (a new role needs a new version)', () => {
    expect([...ROLES].sort()).toEqual([...ORG_ROLES_V2].sort());
  });
});
