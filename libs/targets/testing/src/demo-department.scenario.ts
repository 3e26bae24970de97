import { eventually } from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';
import type { ApiCall } from './plan-approval.scenario';

/** The department as it stood at the start of the year: recorded afterwards (倒签), with a reason. */
export const DEMO_BACKDATED =
  '补录年初既有组织 / recording the department as it stood at the start of the year';

/** Who acts in the demo department's scenarios: 华东 (陈志强; 李娜, 王磊) and 华南 (黄海涛; 赵丽). */
export const demoActors = {
  admin: { userId: 'p-admin', role: 'admin' },
  vp: { userId: 'p-vp', role: 'vp' },
  eastManager: { userId: 'p-chen-zhiqiang', role: 'division_manager', divisionId: 'd-east' },
  southManager: { userId: 'p-huang-haitao', role: 'division_manager', divisionId: 'd-south' },
  li: { userId: 'p-li-na', role: 'salesperson', divisionId: 'd-east' },
} as const satisfies Record<string, Actor>;

/** Realistic yearly sales in fen (the demo's figures in 元 × 100); stretch is 1.2 times. */
export const DEMO_FIGURES = {
  'p-li-na': 600_000_000,
  'p-wang-lei': 520_000_000,
  'p-zhao-li': 580_000_000,
} as const;

export const demoSales = (realistic: number) => ({
  salesAmount: { realistic, stretch: (realistic * 12) / 10 },
});

export function expectStatus(
  response: { status: number; body: unknown },
  status: number,
  step: string,
): void {
  if (response.status !== status)
    throw new Error(`${step}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
}

/**
 * Records the demo department in org as of `hiredOn` (before today: 倒签 with a reason): the VP
 * 王建国, 华东事业部 (陈志强; 李娜, 王磊) and 华南事业部 (黄海涛; 赵丽). Throws on the first refusal.
 */
export async function recordDemoDepartment(org: ApiCall, hiredOn: string): Promise<void> {
  const { admin, vp } = demoActors;
  const dated = { effectiveOn: hiredOn, backdatingReason: DEMO_BACKDATED };
  const hire = async (actor: Actor, body: Record<string, unknown>) =>
    expectStatus(
      await org('POST', '/org/people', { actor, body: { ...body, ...dated } }),
      201,
      `hire ${body['name']}`,
    );
  await hire(admin, { personId: 'p-vp', name: '王建国', role: 'vp' });
  for (const [divisionId, code, name] of [
    ['d-east', 'EAST', '华东事业部'],
    ['d-south', 'SOUTH', '华南事业部'],
  ]) {
    const created = await org('POST', '/org/divisions', {
      actor: vp,
      body: { divisionId, code, name, ...dated },
    });
    expectStatus(created, 201, `create ${name}`);
  }
  for (const [personId, name, role, divisionId] of [
    ['p-chen-zhiqiang', '陈志强', 'division_manager', 'd-east'],
    ['p-li-na', '李娜', 'salesperson', 'd-east'],
    ['p-wang-lei', '王磊', 'salesperson', 'd-east'],
    ['p-huang-haitao', '黄海涛', 'division_manager', 'd-south'],
    ['p-zhao-li', '赵丽', 'salesperson', 'd-south'],
  ]) {
    await hire(vp, { personId, name, role, divisionId });
  }
}

/**
 * 王磊 moves to 华南 on `effectiveOn` (org's API); resolves with 华东's plan as its manager reads it
 * once targets knows of the move — his approved targets then await a transfer there.
 */
export async function moveWangLeiToSouth(
  org: ApiCall,
  eastManagersPlan: () => Promise<{ status: number; body: any }>,
  effectiveOn: string,
) {
  expectStatus(
    await org('POST', '/org/people/p-wang-lei/move', {
      actor: demoActors.vp,
      body: { toDivisionId: 'd-south', effectiveOn },
    }),
    200,
    'move 王磊 to 华南',
  );
  return eventually(async () => {
    const answer = await eastManagersPlan();
    const east = answer.body.units?.find((u: { unit: string }) => u.unit === 'division:d-east');
    if (east?.awaitingTransfer?.length !== 1) throw new Error('the move is not known yet');
    return answer;
  }, 30_000);
}
