import { eventually } from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';

/** These org changes are dated before today (倒签): only with a reason, by the VP or an admin. */
const BACKDATED = '补录既有组织 / recording the existing department';

import type { ApiCall } from '@sales/shared/app-testing';

export type { ApiCall };

export const scenarioActors = {
  admin: { userId: 'p-admin', role: 'admin' },
  vp: { userId: 'p-vp', role: 'vp' },
  eastManager: { userId: 'p-mgr-east', role: 'division_manager', divisionId: 'd-east' },
  li: { userId: 'p-li', role: 'salesperson', divisionId: 'd-east' },
} as const satisfies Record<string, Actor>;

const M = 1_000_000_00; // one million yuan in fen

function expectStatus(response: { status: number; body: unknown }, status: number, step: string): void {
  if (response.status !== status)
    throw new Error(`${step}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
}

const sales = (
  realistic: number,
  stretch: number,
  quarters?: { realistic: number[]; stretch: number[] },
) => ({ salesAmount: { realistic, stretch, ...(quarters ? { quarters } : {}) } });

/**
 * The end-to-end flow (T2/T4 over O1): org publishes a division and its people; targets,
 * knowing the tree only from org's events, accepts a plan split down to them; approval is refused
 * while under-allocated, then accepted once the split is complete. `org` and `targets` may be the
 * same process (standalone) or two services on Kafka. Throws on the first step that goes wrong and
 * returns what the assertions need.
 */
export async function runPlanApprovalScenario(org: ApiCall, targets: ApiCall, fiscalYear = 2026) {
  const { admin, vp, eastManager, li } = scenarioActors;
  const day = `${fiscalYear - 1}-12-01`;

  expectStatus(
    await org('POST', '/org/people', {
      actor: admin,
      body: { personId: 'p-vp', name: '王建国', role: 'vp', effectiveOn: day, backdatingReason: BACKDATED },
    }),
    201,
    'hire VP',
  );
  expectStatus(
    await org('POST', '/org/divisions', {
      actor: vp,
      body: {
        divisionId: 'd-east',
        code: 'EAST',
        name: '华东事业部',
        effectiveOn: day,
        backdatingReason: BACKDATED,
      },
    }),
    201,
    'create 华东事业部',
  );
  expectStatus(
    await org('POST', '/org/divisions', {
      actor: vp,
      body: {
        divisionId: 'd-south',
        code: 'SOUTH',
        name: '华南事业部',
        effectiveOn: day,
        backdatingReason: BACKDATED,
      },
    }),
    201,
    'create 华南事业部',
  );
  for (const [personId, name, role, divisionId] of [
    ['p-mgr-east', '陈志强', 'division_manager', 'd-east'],
    ['p-li', '李娜', 'salesperson', 'd-east'],
    ['p-wang', '王磊', 'salesperson', 'd-east'],
    ['p-mgr-south', '刘洋', 'division_manager', 'd-south'],
    ['p-zhao', '赵敏', 'salesperson', 'd-south'],
  ] as const) {
    expectStatus(
      await org('POST', '/org/people', {
        actor: vp,
        body: { personId, name, role, divisionId, effectiveOn: day, backdatingReason: BACKDATED },
      }),
      201,
      `hire ${name}`,
    );
  }

  expectStatus(
    await targets('POST', '/targets/plans', { actor: vp, body: { fiscalYear, currency: 'CNY' } }),
    201,
    'open plan',
  );
  const quarters = { realistic: [24 * M, 28 * M, 32 * M, 36 * M], stretch: [30 * M, 35 * M, 40 * M, 45 * M] };
  expectStatus(
    await targets('PUT', `/targets/plans/${fiscalYear}/nodes/company`, {
      actor: vp,
      body: { targets: sales(120 * M, 150 * M, quarters) },
    }),
    200,
    'company targets',
  );

  // Targets learns the tree from org's events: the last person hired is the last event of the stream.
  await eventually(
    async () =>
      expectStatus(
        await targets('PUT', `/targets/plans/${fiscalYear}/nodes/division:d-south`, {
          actor: vp,
          body: { targets: sales(40 * M, 60 * M) },
        }),
        200,
        'south (short by 10M)',
      ),
    30_000,
  );
  expectStatus(
    await targets('PUT', `/targets/plans/${fiscalYear}/nodes/division:d-east`, {
      actor: vp,
      body: { targets: sales(70 * M, 90 * M) },
    }),
    200,
    'east',
  );
  expectStatus(
    await targets('POST', `/targets/plans/${fiscalYear}/units/company/submit`, { actor: vp }),
    200,
    'submit company split',
  );

  const allocationBefore = await targets('GET', `/targets/plans/${fiscalYear}/allocation`, { actor: vp });
  expectStatus(allocationBefore, 200, 'allocation');
  const refused = await targets('POST', `/targets/plans/${fiscalYear}/units/company/approve`, { actor: vp });
  const salespersonApproval = await targets('POST', `/targets/plans/${fiscalYear}/units/company/approve`, {
    actor: li,
  });

  expectStatus(
    await targets('POST', `/targets/plans/${fiscalYear}/units/company/reject`, {
      actor: vp,
      body: { reason: '华南事业部少分配了 1000 万' },
    }),
    200,
    'reject',
  );
  expectStatus(
    await targets('PUT', `/targets/plans/${fiscalYear}/nodes/division:d-south`, {
      actor: vp,
      body: { targets: sales(50 * M, 60 * M) },
    }),
    200,
    'south complete',
  );
  expectStatus(
    await targets('POST', `/targets/plans/${fiscalYear}/units/company/submit`, { actor: vp }),
    200,
    'resubmit',
  );
  const accepted = await targets('POST', `/targets/plans/${fiscalYear}/units/company/approve`, { actor: vp });

  // The east manager splits their division down to each salesperson (落实到人) and approves it.
  expectStatus(
    await targets('PUT', `/targets/plans/${fiscalYear}/nodes/salesperson:p-li`, {
      actor: eastManager,
      body: { targets: sales(40 * M, 50 * M) },
    }),
    200,
    'li',
  );
  expectStatus(
    await targets('PUT', `/targets/plans/${fiscalYear}/nodes/salesperson:p-wang`, {
      actor: eastManager,
      body: { targets: sales(30 * M, 40 * M) },
    }),
    200,
    'wang',
  );
  expectStatus(
    await targets('POST', `/targets/plans/${fiscalYear}/units/division:d-east/submit`, {
      actor: eastManager,
    }),
    200,
    'submit east split',
  );
  // Separation of duties: the manager who submitted may not approve; the VP above him does.
  const ownApproval = await targets('POST', `/targets/plans/${fiscalYear}/units/division:d-east/approve`, {
    actor: eastManager,
  });
  const eastApproved = await targets('POST', `/targets/plans/${fiscalYear}/units/division:d-east/approve`, {
    actor: vp,
  });

  const ownView = await targets('GET', `/targets/plans/${fiscalYear}`, { actor: li });
  const managerView = await targets('GET', `/targets/plans/${fiscalYear}`, { actor: eastManager });
  const ownNode = await targets('GET', `/targets/plans/${fiscalYear}/nodes/salesperson:p-li`, { actor: li });
  const othersNode = await targets('GET', `/targets/plans/${fiscalYear}/nodes/salesperson:p-wang`, {
    actor: li,
  });
  const versions = await targets('GET', `/targets/plans/${fiscalYear}/versions`, { actor: vp });
  return {
    allocationBefore,
    refused,
    salespersonApproval,
    accepted,
    ownApproval,
    eastApproved,
    ownView,
    managerView,
    ownNode,
    othersNode,
    versions,
  };
}
