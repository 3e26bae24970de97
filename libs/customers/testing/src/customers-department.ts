import { type ApiCall, SCENARIO_DIVISIONS, eventually, hireThroughOrg } from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';

export type { ApiCall };

/** The department customers' API scenarios run in: 华东 (陈志强: 李娜, 王磊) and 华南 (周敏: 何芸). */
export const customersActors = {
  admin: { userId: 'p-admin', role: 'admin' },
  vp: { userId: 'p-vp', role: 'vp' },
  chen: { userId: 'p-chen', role: 'division_manager' },
  li: { userId: 'p-li', role: 'salesperson' },
  wang: { userId: 'p-wang', role: 'salesperson' },
  zhou: { userId: 'p-zhou', role: 'division_manager' },
  he: { userId: 'p-he', role: 'salesperson' },
  finance: { userId: 'p-fin', role: 'finance' },
} as const satisfies Record<string, Actor>;

/**
 * Hires the department through org's API, then waits until `customers` (the same process, or
 * customers-service learning it from org's events) knows every person: a salesperson's own list
 * answers 200 only once the tree has them.
 */
export async function hireCustomersDepartment(org: ApiCall, customers: ApiCall, day = '2025-12-01') {
  await hireThroughOrg(org, {
    day,
    divisions: SCENARIO_DIVISIONS,
    people: [
      ['p-chen', '陈志强', 'division_manager', 'd-east', 'p-vp'],
      ['p-zhou', '周敏', 'division_manager', 'd-south', 'p-vp'],
      ['p-li', '李娜', 'salesperson', 'd-east', 'p-chen'],
      ['p-wang', '王磊', 'salesperson', 'd-east', 'p-chen'],
      ['p-fin', '刘芳', 'finance', null, 'p-vp'],
      ['p-he', '何芸', 'salesperson', 'd-south', 'p-zhou'],
    ],
  });
  await customersKnowDepartment(customers);
}

/** Waits until a customers process has learnt the department from org's events. */
export async function customersKnowDepartment(customers: ApiCall) {
  await eventually(async () => {
    const list = await customers('POST', '/customers', {
      actor: customersActors.he,
      body: { name: '（探测）', industry: '-', region: '-', source: '-' },
    });
    // Until the tree knows 何芸 (hired last) her registration is refused as owner-not-in-sales; then
    // the name is what is wrong, and nothing is registered.
    if (list.status !== 400 || list.body?.error !== 'invalid-company-name') {
      throw new Error(
        `customers does not know the department yet: ${list.status} ${JSON.stringify(list.body)}`,
      );
    }
  }, 60_000);
}
