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

export const transferActors = demoActors;

/** Realistic yearly sales in fen (the demo's figures in 元 × 100); stretch is 1.2 times. */
export const TRANSFER_FIGURES = DEMO_FIGURES;

/**
 * Issue 8 item 3 over the API, on a demo-like department: 华东 (陈志强; 李娜, 王磊) and 华南 (黄海涛;
 * 赵丽), every split approved; then 王磊 (p-wang-lei) moves to 华南 on `movedOn`, the process's
 * business date. His targets are transferred once and sent back, then transferred again and
 * approved. `org` and `targets` may be one process or two. Throws on the first set-up step that
 * goes wrong; returns every answer the assertions need.
 */
export async function runTargetsTransferScenario(
  org: ApiCall,
  targets: ApiCall,
  options: { fiscalYear: number; hiredOn: string; movedOn: string },
) {
  const { vp, eastManager, southManager } = transferActors;
  const { fiscalYear, hiredOn, movedOn } = options;
  const plan = `/targets/plans/${fiscalYear}`;
  await recordDemoDepartment(org, hiredOn);

  const step = async (actor: Actor, method: string, path: string, status: number, body?: unknown) => {
    const answer = await targets(method, `${plan}${path}`, { actor, body });
    expectStatus(answer, status, `${method} ${path}`);
    return answer;
  };
  expectStatus(
    await targets('POST', '/targets/plans', { actor: vp, body: { fiscalYear, currency: 'CNY' } }),
    201,
    'open plan',
  );
  const { 'p-li-na': li, 'p-wang-lei': wang, 'p-zhao-li': zhao } = TRANSFER_FIGURES;
  await step(vp, 'PUT', '/nodes/company', 200, { targets: sales(li + wang + zhao) });
  // Targets learns the tree from org's events: the last person hired is the last event of the stream.
  await eventually(() => step(vp, 'PUT', '/nodes/division:d-south', 200, { targets: sales(zhao) }), 30_000);
  await step(vp, 'PUT', '/nodes/division:d-east', 200, { targets: sales(li + wang) });
  await step(vp, 'POST', '/units/company/submit', 200);
  await step(vp, 'POST', '/units/company/approve', 200);
  await step(eastManager, 'PUT', '/nodes/salesperson:p-li-na', 200, { targets: sales(li) });
  await step(eastManager, 'PUT', '/nodes/salesperson:p-wang-lei', 200, { targets: sales(wang) });
  await step(eastManager, 'POST', '/units/division:d-east/submit', 200);
  await step(vp, 'POST', '/units/division:d-east/approve', 200);
  await step(southManager, 'PUT', '/nodes/salesperson:p-zhao-li', 200, { targets: sales(zhao) });
  await step(southManager, 'POST', '/units/division:d-south/submit', 200);
  await step(vp, 'POST', '/units/division:d-south/approve', 200);
  const beforeMove = await step(vp, 'GET', '', 200);

  // 王磊 moves to 华南 today.
  const eastView = await moveWangLeiToSouth(org, () => step(eastManager, 'GET', '', 200), movedOn);
  const southView = await step(southManager, 'GET', '', 200);
  const plainPut = await targets('PUT', `${plan}/nodes/salesperson:p-wang-lei`, {
    actor: southManager,
    body: { targets: sales(wang) },
  });

  const transfer = { salespersonId: 'p-wang-lei', reason: '王磊调往华南事业部，客户随人转移' };
  const opened = await step(southManager, 'POST', '/transfers', 201, transfer);
  const nodeDuring = await step(vp, 'GET', '/nodes/salesperson:p-wang-lei', 200);
  const eastDuring = await step(vp, 'GET', '/nodes/division:d-east', 200);
  const planDuring = await step(vp, 'GET', '', 200);
  const transfersDuring = await step(eastManager, 'GET', '/transfers', 200);
  const managerApproval = await targets('POST', `${plan}/transfers/p-wang-lei/approve`, {
    actor: eastManager,
  });
  const rejected = await step(vp, 'POST', '/transfers/p-wang-lei/reject', 200, {
    reason: '请先与客户确认交接',
  });
  const planAfterRejection = await step(vp, 'GET', '', 200);
  const nodeAfterRejection = await step(vp, 'GET', '/nodes/salesperson:p-wang-lei', 200);

  await step(eastManager, 'POST', '/transfers', 201, transfer);
  const approved = await step(vp, 'POST', '/transfers/p-wang-lei/approve', 200);
  const planAfter = await step(vp, 'GET', '', 200);
  const nodeAfter = await step(southManager, 'GET', '/nodes/salesperson:p-wang-lei', 200);
  const versions = await step(vp, 'GET', '/versions', 200);
  return {
    beforeMove,
    eastView,
    southView,
    plainPut,
    opened,
    nodeDuring,
    eastDuring,
    planDuring,
    transfersDuring,
    managerApproval,
    rejected,
    planAfterRejection,
    nodeAfterRejection,
    approved,
    planAfter,
    nodeAfter,
    versions,
  };
}
