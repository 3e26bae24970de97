import { eventually } from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';
import {
  moveWangLeiToSouth,
  DEMO_FIGURES,
  demoActors,
  demoSales as sales,
  expectStatus,
  recordDemoDepartment,
} from './demo-department.scenario';
import type { ApiCall } from './plan-approval.scenario';

/**
 * The days the replay lives on: the department recorded as of 1 January, the process's business
 * date 1 July (both processes start their clocks at VP_REPLAY_CLOCK), a change recorded for 2027.
 */
export const VP_REPLAY_DATES = {
  fiscalYear: 2026,
  hiredOn: '2026-01-01',
  today: '2026-07-01',
  futureOn: '2027-01-01',
} as const;
export const VP_REPLAY_CLOCK = `${VP_REPLAY_DATES.today}T10:00:00+08:00`;

/** A revision 陈志强 asks for: 李娜 takes 50 万 of 王磊's year (the split stays exact). */
export const REVISION_SHIFT = 50_000_000;
export const REVISION_REASON = '李娜接手王磊的两个大客户';

type Answer = { status: number; body: any };

/**
 * Issue 8 ("What it must show"): items 1–4 replayed over the API as the new VP found them, on the
 * demo department, each answer kept for the verdicts of `vp-replay.verdicts.ts`. `org` and
 * `targets` may be one process (standalone) or two services on Kafka; both must live on
 * VP_REPLAY_CLOCK. Throws on the first set-up step that goes wrong.
 */
export async function runVpReplayScenario(org: ApiCall, targets: ApiCall) {
  const { vp, eastManager, southManager, li: liNa } = demoActors;
  const { fiscalYear, hiredOn, today, futureOn } = VP_REPLAY_DATES;
  const plan = `/targets/plans/${fiscalYear}`;
  const { 'p-li-na': li, 'p-wang-lei': wang, 'p-zhao-li': zhao } = DEMO_FIGURES;
  const ask = (actor: Actor, method: string, path: string, body?: unknown): Promise<Answer> =>
    targets(method, `${plan}${path}`, { actor, body });
  const step = async (actor: Actor, method: string, path: string, status: number, body?: unknown) => {
    const answer = await ask(actor, method, path, body);
    expectStatus(answer, status, `${method} ${plan}${path}`);
    return answer;
  };
  const shift = {
    reason: REVISION_REASON,
    changes: [
      { node: 'salesperson:p-li-na', targets: sales(li + REVISION_SHIFT) },
      { node: 'salesperson:p-wang-lei', targets: sales(wang - REVISION_SHIFT) },
    ],
  };

  await recordDemoDepartment(org, hiredOn);
  expectStatus(
    await targets('POST', '/targets/plans', { actor: vp, body: { fiscalYear, currency: 'CNY' } }),
    201,
    'open plan',
  );
  await step(vp, 'PUT', '/nodes/company', 200, { targets: sales(li + wang + zhao) });
  // Targets learns the tree from org's events: the last person hired is the last event of the stream.
  await eventually(() => step(vp, 'PUT', '/nodes/division:d-south', 200, { targets: sales(zhao) }), 30_000);
  await step(vp, 'PUT', '/nodes/division:d-east', 200, { targets: sales(li + wang) });
  await step(vp, 'POST', '/units/company/submit', 200);
  await step(vp, 'POST', '/units/company/approve', 200);

  // Item 1: 陈志强 submits 华东's split and tries to approve it himself; the VP, above him, does.
  await step(eastManager, 'PUT', '/nodes/salesperson:p-li-na', 200, { targets: sales(li) });
  await step(eastManager, 'PUT', '/nodes/salesperson:p-wang-lei', 200, { targets: sales(wang) });
  await step(eastManager, 'POST', '/units/division:d-east/submit', 200);
  const ownApproval = await ask(eastManager, 'POST', '/units/division:d-east/approve');
  const vpApproval = await ask(vp, 'POST', '/units/division:d-east/approve');
  await step(southManager, 'PUT', '/nodes/salesperson:p-zhao-li', 200, { targets: sales(zhao) });
  await step(southManager, 'POST', '/units/division:d-south/submit', 200);
  await step(vp, 'POST', '/units/division:d-south/approve', 200);

  // Item 2: he revises it; the approved figures stay in force, the revision pending beside them.
  await step(eastManager, 'POST', '/units/division:d-east/revisions', 201, shift);
  const nodeDuringRevision = await step(vp, 'GET', '/nodes/salesperson:p-li-na', 200);
  const ownRevisionApproval = await ask(eastManager, 'POST', '/units/division:d-east/approve');
  const rejection = await ask(vp, 'POST', '/units/division:d-east/reject', { reason: '先保持原目标' });
  const nodeAfterRejection = await step(vp, 'GET', '/nodes/salesperson:p-li-na', 200);
  // Item 1 again: after the VP's rejection he edits, resubmits and approves — each refused or left to the VP.
  const plainEditAfterRejection = await ask(eastManager, 'PUT', '/nodes/salesperson:p-li-na', {
    targets: sales(li + REVISION_SHIFT),
  });
  const revisedAgain = await ask(eastManager, 'POST', '/units/division:d-east/revisions', shift);
  const overrideApproval = await ask(eastManager, 'POST', '/units/division:d-east/approve');
  await step(vp, 'POST', '/units/division:d-east/reject', 200, { reason: '维持原目标，下季度再议' });
  const versions = await step(vp, 'GET', '/versions', 200);

  // Item 3: 王磊 moves to 华南 today. Once targets knows, 华东's split says his targets await a transfer.
  const eastAfterMove = await moveWangLeiToSouth(org, () => step(eastManager, 'GET', '', 200), today);
  const plainPutAfterMove = await ask(southManager, 'PUT', '/nodes/salesperson:p-wang-lei', {
    targets: sales(wang),
  });
  await step(southManager, 'POST', '/transfers', 201, {
    salespersonId: 'p-wang-lei',
    reason: '王磊调往华南事业部，客户随人转移',
  });
  const eastDuringTransfer = await step(eastManager, 'GET', '', 200);
  const wangDuringTransfer = await step(vp, 'GET', '/nodes/salesperson:p-wang-lei', 200);

  // Item 4: 李娜's move to 华南 is recorded today for 1 January; until then nothing changes.
  expectStatus(
    await org('POST', '/org/people/p-li-na/move', {
      actor: vp,
      body: { toDivisionId: 'd-south', effectiveOn: futureOn },
    }),
    200,
    'move 李娜 to 华南 from next year',
  );
  // A hire today, recorded after it, tells when targets has heard of the move (org's events keep their order).
  expectStatus(
    await org('POST', '/org/people', {
      actor: vp,
      body: {
        personId: 'p-sun-qiang',
        name: '孙强',
        role: 'salesperson',
        divisionId: 'd-south',
        effectiveOn: today,
      },
    }),
    201,
    'hire 孙强',
  );
  await eventually(async () => {
    const answer = await ask(vp, 'GET', '/nodes/salesperson:p-sun-qiang');
    if (answer.body?.error !== 'unknown-node-targets')
      throw new Error(`孙强 not known yet: ${answer.status}`);
  }, 30_000);
  const treeToday = await org('GET', '/org/tree', { actor: vp });
  const treeNextYear = await org('GET', `/org/tree?asOf=${futureOn}`, { actor: vp });
  const liByVp = await ask(vp, 'GET', '/nodes/salesperson:p-li-na');
  const liByEastManager = await ask(eastManager, 'GET', '/nodes/salesperson:p-li-na');
  const liBySouthManager = await ask(southManager, 'GET', '/nodes/salesperson:p-li-na');
  const liOwnPlan = await ask(liNa, 'GET', '');

  return {
    ownApproval,
    vpApproval,
    nodeDuringRevision,
    ownRevisionApproval,
    rejection,
    nodeAfterRejection,
    plainEditAfterRejection,
    revisedAgain,
    overrideApproval,
    versions,
    eastAfterMove,
    plainPutAfterMove,
    eastDuringTransfer,
    wangDuringTransfer,
    treeToday,
    treeNextYear,
    liByVp,
    liByEastManager,
    liBySouthManager,
    liOwnPlan,
  };
}

export type VpReplayOutcome = Awaited<ReturnType<typeof runVpReplayScenario>>;
