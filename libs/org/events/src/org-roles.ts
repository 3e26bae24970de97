import type { Role } from '@sales/shared/domain';

/*
 * The role enums org has published, each frozen with the schema versions that carry it: a
 * subscriber validating `PersonHired.v1` knows exactly these roles. A role added to the platform
 * (`ROLES`) reaches subscribers only through a new version; org's publication maps its internal
 * roles onto the newest enum, so a role missing here does not compile.
 */

/** Roles of PersonHired.v1 and PersonRoleChanged.v1. */
export const ORG_ROLES_V1 = [
  'admin',
  'vp',
  'division_manager',
  'salesperson',
  'sales_admin',
  'finance',
  'installer',
] as const satisfies readonly Role[];
export type OrgRoleV1 = (typeof ORG_ROLES_V1)[number];

/** Roles of PersonHired.v2 and PersonRoleChanged.v2: v1's, and 总经理, 技术 and 安全/质量. */
export const ORG_ROLES_V2 = [
  'admin',
  'general_manager',
  'vp',
  'division_manager',
  'salesperson',
  'sales_admin',
  'finance',
  'installer',
  'engineer',
  'safety',
] as const satisfies readonly Role[];
export type OrgRoleV2 = (typeof ORG_ROLES_V2)[number];
