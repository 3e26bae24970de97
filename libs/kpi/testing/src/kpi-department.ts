import { type ApiCall, SCENARIO_DIVISIONS, eventually, hireThroughOrg } from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';

export type { ApiCall };

/**
 * The services the KPI quarter is fed through, each its own process or all one standalone app.
 * `kpi` is only written to once (the work calendar); the figures are read by the test itself.
 */
export type KpiQuarterApis = Readonly<{
  org: ApiCall;
  targets: ApiCall;
  customers: ApiCall;
  contracts: ApiCall;
  kpi: ApiCall;
}>;

/**
 * The department of the KPI quarter (the same people as contracts' and customers' scenarios): the
 * VP 张伟; outside the divisions 销售内勤 孙丽, 技术 吴工, 安装 郑师傅, 财务 刘芳; 华东事业部
 * (经理 陈志强: 业务员 李娜, 王磊) and 华南事业部 (经理 周敏: 业务员 何芸). `admin` is IT
 * administration (from the token alone, not in the tree).
 */
export const kpiActors = {
  admin: { userId: 'p-admin', role: 'admin' },
  vp: { userId: 'p-vp', role: 'vp' },
  salesAdmin: { userId: 'p-admin-sun', role: 'sales_admin' },
  engineer: { userId: 'p-eng', role: 'engineer' },
  installer: { userId: 'p-inst', role: 'installer' },
  finance: { userId: 'p-fin', role: 'finance' },
  chen: { userId: 'p-chen', role: 'division_manager' },
  zhou: { userId: 'p-zhou', role: 'division_manager' },
  li: { userId: 'p-li', role: 'salesperson' },
  wang: { userId: 'p-wang', role: 'salesperson' },
  he: { userId: 'p-he', role: 'salesperson' },
} as const satisfies Record<string, Actor>;

export type KpiActor = (typeof kpiActors)[keyof typeof kpiActors];

/** Hired on 2026-12-01 (before the fiscal year, so every salesperson works all of 2027); 何芸 last. */
export const KPI_DEPARTMENT_HIRED_ON = '2026-12-01';

const PEOPLE = [
  ['p-admin-sun', '孙丽', 'sales_admin', null, 'p-vp'],
  ['p-eng', '吴工', 'engineer', null, 'p-vp'],
  ['p-inst', '郑师傅', 'installer', null, 'p-vp'],
  ['p-fin', '刘芳', 'finance', null, 'p-vp'],
  ['p-chen', '陈志强', 'division_manager', 'd-east', 'p-vp'],
  ['p-zhou', '周敏', 'division_manager', 'd-south', 'p-vp'],
  ['p-li', '李娜', 'salesperson', 'd-east', 'p-chen'],
  ['p-wang', '王磊', 'salesperson', 'd-east', 'p-chen'],
  ['p-he', '何芸', 'salesperson', 'd-south', 'p-zhou'],
] as const;

/** One call's answer must have `status`, or the feed stops naming the step and the answer. */
export async function expectStatus(
  step: string,
  status: number,
  answer: Promise<{ status: number; body: any }>,
): Promise<any> {
  const { status: got, body } = await answer;
  if (got !== status) throw new Error(`${step}: expected ${status}, got ${got} ${JSON.stringify(body)}`);
  return body;
}

/** The same, retried while another context has not yet learnt what the call needs (the bus). */
export function eventuallyStatus(
  step: string,
  status: number,
  call: () => Promise<{ status: number; body: any }>,
  timeoutMs = 60_000,
): Promise<any> {
  return eventually(() => expectStatus(step, status, call()), timeoutMs);
}

/**
 * Hires the department through org's API (dated 2026-12-01: back-dated, with a reason), then waits
 * until customers and contracts know every person (何芸, hired last). Targets is waited for by its
 * first split (kpi-targets-2027.ts).
 */
export async function hireKpiDepartment(apis: KpiQuarterApis): Promise<void> {
  await hireThroughOrg(apis.org, {
    day: KPI_DEPARTMENT_HIRED_ON,
    divisions: SCENARIO_DIVISIONS,
    people: PEOPLE,
  });
  await eventually(async () => {
    const answer = await apis.contracts('GET', '/contracts/forms/unreturned?personId=p-he', {
      actor: kpiActors.salesAdmin,
    });
    if (answer.status !== 200)
      throw new Error(`contracts does not know 何芸 yet: ${answer.status} ${JSON.stringify(answer.body)}`);
  }, 60_000);
  await eventually(async () => {
    // Until customers knows 何芸 her registration is refused for its owner; then for the bad name.
    const probe = await apis.customers('POST', '/customers', {
      actor: kpiActors.he,
      body: { name: '（探测）', industry: '-', region: '-', source: '-' },
    });
    if (probe.status !== 400 || probe.body?.error !== 'invalid-company-name')
      throw new Error(`customers does not know 何芸 yet: ${probe.status} ${JSON.stringify(probe.body)}`);
  }, 60_000);
}

/**
 * 公海规则 for the quarter: no customer returns to the pool while the clock jumps weeks between
 * record days (the defaults — 30 days without a visit, 90 without a contract — would move owned
 * customers to the pool and change P5). Set by the VP on the first day.
 */
export async function keepCustomersOwned(customers: ApiCall): Promise<void> {
  await expectStatus(
    'set the pool rules (no returns during the scenario)',
    200,
    customers('PUT', '/customers/pool-policy', {
      actor: kpiActors.vp,
      body: {
        followUpDays: 3650,
        contractDays: 3650,
        warningDays: 3,
        dailyClaimLimit: 5,
        holdLimit: 150,
        coolingDays: 7,
        note: '考核场景：客户不退回公海',
      },
    }),
  );
}
