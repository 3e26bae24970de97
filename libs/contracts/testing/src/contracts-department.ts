import { type ApiCall, SCENARIO_DIVISIONS, eventually, hireThroughOrg } from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';

export type { ApiCall };

/**
 * The department contracts' API scenarios run in: the VP 张伟 and the staff outside the divisions
 * (销售内勤 孙丽, 技术 吴工, 安装 郑师傅, 安全 钱安, 财务 刘芳), 华东 (陈志强: 李娜, 王磊) and
 * 华南 (周敏: 何芸). `admin` is IT administration (from the token alone, not in the tree).
 */
export const contractsActors = {
  admin: { userId: 'p-admin', role: 'admin' },
  vp: { userId: 'p-vp', role: 'vp' },
  salesAdmin: { userId: 'p-admin-sun', role: 'sales_admin' },
  engineer: { userId: 'p-eng', role: 'engineer' },
  installer: { userId: 'p-inst', role: 'installer' },
  safety: { userId: 'p-safety', role: 'safety' },
  finance: { userId: 'p-fin', role: 'finance' },
  chen: { userId: 'p-chen', role: 'division_manager' },
  li: { userId: 'p-li', role: 'salesperson' },
  wang: { userId: 'p-wang', role: 'salesperson' },
  zhou: { userId: 'p-zhou', role: 'division_manager' },
  he: { userId: 'p-he', role: 'salesperson' },
} as const satisfies Record<string, Actor>;

/** The people hired, in order (何芸 last: the probe waits for her). */
const PEOPLE = [
  ['p-admin-sun', '孙丽', 'sales_admin', null, 'p-vp'],
  ['p-eng', '吴工', 'engineer', null, 'p-vp'],
  ['p-inst', '郑师傅', 'installer', null, 'p-vp'],
  ['p-safety', '钱安', 'safety', null, 'p-vp'],
  ['p-fin', '刘芳', 'finance', null, 'p-vp'],
  ['p-chen', '陈志强', 'division_manager', 'd-east', 'p-vp'],
  ['p-zhou', '周敏', 'division_manager', 'd-south', 'p-vp'],
  ['p-li', '李娜', 'salesperson', 'd-east', 'p-chen'],
  ['p-wang', '王磊', 'salesperson', 'd-east', 'p-chen'],
  ['p-he', '何芸', 'salesperson', 'd-south', 'p-zhou'],
] as const;

/**
 * Hires the department through org's API (dated `day`, before today: recorded with a reason),
 * then waits until `contracts` (the same process, or contracts-service learning it from org's
 * events) knows every person.
 */
export async function hireContractsDepartment(org: ApiCall, contracts: ApiCall, day = '2025-12-01') {
  await hireThroughOrg(org, { day, divisions: SCENARIO_DIVISIONS, people: PEOPLE });
  await contractsKnowDepartment(contracts);
}

/**
 * Waits until a contracts process has learnt the department from org's events: the sales admin's
 * look at 何芸's (hired last) unreturned forms is 404 form-holder-unknown until the tree knows her,
 * then 200 (with none out). Nothing is written.
 */
export async function contractsKnowDepartment(contracts: ApiCall) {
  await eventually(async () => {
    const answer = await contracts('GET', '/contracts/forms/unreturned?personId=p-he', {
      actor: contractsActors.salesAdmin,
    });
    if (answer.status !== 200) {
      throw new Error(
        `contracts does not know the department yet: ${answer.status} ${JSON.stringify(answer.body)}`,
      );
    }
  }, 60_000);
}
