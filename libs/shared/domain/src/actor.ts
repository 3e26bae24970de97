/** Roles of the sales department (ARCHITECTURE.md §6). */
export const ROLES = [
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
] as const;
export type Role = (typeof ROLES)[number];

/** How each role reads to people (zh-CN first). */
export const ROLE_LABELS: Readonly<Record<Role, Readonly<{ zh: string; en: string }>>> = {
  admin: { zh: '系统管理员', en: 'system administrator' },
  general_manager: { zh: '总经理', en: 'general manager' },
  vp: { zh: '业务副总', en: 'VP of business' },
  division_manager: { zh: '事业部经理', en: 'division manager' },
  salesperson: { zh: '业务员', en: 'salesperson' },
  sales_admin: { zh: '市场部主管', en: 'sales administration supervisor' },
  finance: { zh: '财务', en: 'finance' },
  installer: { zh: '安装人员', en: 'installer' },
  engineer: { zh: '技术', en: 'engineer' },
  safety: { zh: '安全/质量', en: 'safety and quality' },
};

/**
 * Who is acting, written into every event: the person the verified bearer token's subject signs in
 * as (their person id in the org tree; the subject itself for admins and people not in the tree).
 */
export type Actor = Readonly<{ userId: string; role: Role; divisionId?: string }>;

export const SYSTEM_ACTOR: Actor = { userId: 'system', role: 'admin' };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
