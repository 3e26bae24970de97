/** Roles of the sales department (ARCHITECTURE.md §6). */
export const ROLES = [
  'admin',
  'vp',
  'division_manager',
  'salesperson',
  'sales_admin',
  'finance',
  'installer',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: taken from the verified bearer token, written into every event. */
export type Actor = Readonly<{ userId: string; role: Role; divisionId?: string }>;

export const SYSTEM_ACTOR: Actor = { userId: 'system', role: 'admin' };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
