import { type AppHarness, startApp } from '@sales/shared/app-testing';
import { type ApiCall, TRANSFER_FIGURES, runTargetsTransferScenario } from '@sales/targets/testing';
import { standaloneApp } from './standalone.app';

/*
 * Issue 8 item 3 over HTTP: after 王磊 (p-wang-lei) moves from 华东 to 华南, his approved targets do
 * not leave 华东's split by a plain edit; a transfer moves them once the level above each split
 * approves (here the VP, above both managers and deciding the company split: one approval does
 * all — two approvers are specified in libs/targets/domain/src/plan/plan-transfer.spec.ts).
 */
describe('transferring a moved salesperson’s targets, in standalone mode (issue 8 item 3)', () => {
  let harness: AppHarness;
  let outcome: Awaited<ReturnType<typeof runTargetsTransferScenario>>;
  const { 'p-li-na': li, 'p-wang-lei': wang, 'p-zhao-li': zhao } = TRANSFER_FIGURES;
  const year = (targets: any) => targets.salesAmount.realistic.year;
  const unit = (view: any, id: string) => view.units.find((u: any) => u.unit === id);
  const awaiting = {
    personId: 'p-wang-lei',
    node: 'salesperson:p-wang-lei',
    from: 'division:d-east',
    to: 'division:d-south',
    status: 'awaiting',
  };

  beforeAll(async () => {
    // The process lives on 1 July 2026: the department was recorded as of 1 January, the move is today.
    harness = await startApp(standaloneApp, { SALES_CLOCK: '2026-07-01T10:00:00+08:00' });
    const call: ApiCall = (method, path, options) => harness.request(method, path, options);
    outcome = await runTargetsTransferScenario(call, call, {
      fiscalYear: 2026,
      hiredOn: '2026-01-01',
      movedOn: '2026-07-01',
    });
  }, 60_000);
  afterAll(() => harness.close());

  it('before the move every split is approved and exact', () => {
    expect(outcome.beforeMove.body).toMatchObject({ approved: true, transfers: [] });
  });

  it('after the move the old split (and the new one) report his targets as awaiting a transfer', () => {
    const east = outcome.eastView.body;
    expect(unit(east, 'division:d-east')).toMatchObject({ status: 'approved', awaitingTransfer: [awaiting] });
    expect(east.approved).toBe(false);
    expect(east.transfers).toEqual([expect.objectContaining(awaiting)]);
    expect(unit(outcome.southView.body, 'division:d-south').awaitingTransfer).toEqual([
      expect.objectContaining(awaiting),
    ]);
  });

  it('the new division’s manager cannot take them over with a plain PUT', () => {
    expect(outcome.plainPut.status).toBe(400);
    expect(outcome.plainPut.body.error).toBe('node-in-other-split');
  });

  it('a transfer opens a revision of every split it touches; the approved figures stay in force meanwhile', () => {
    expect(outcome.opened.body.events.map((e: any) => e.type)).toEqual(['TargetsTransferOpened']);
    const node = outcome.nodeDuring.body;
    expect(node).toMatchObject({ unit: 'division:d-east', approvedVersion: 1 });
    expect(year(node.targets)).toBe(wang);
    expect(node.pending).toMatchObject({ unit: 'division:d-south', version: 2, status: 'submitted' });
    expect(node.transfer).toMatchObject({ status: 'pending', reason: '王磊调往华南事业部，客户随人转移' });
    const east = outcome.eastDuring.body;
    expect([year(east.targets), year(east.pending.targets)]).toEqual([li + wang, li]);
    const plan = outcome.planDuring.body;
    expect(plan.approved).toBe(false);
    expect(plan.units.map((u: any) => [u.unit, u.status, u.approvedVersion])).toEqual([
      ['company', 'submitted', 1],
      ['division:d-east', 'submitted', 1],
      ['division:d-south', 'submitted', 1],
    ]);
    expect(outcome.transfersDuring.body).toEqual([
      expect.objectContaining({
        status: 'pending',
        openedBy: 'p-huang-haitao',
        approvals: [
          { unit: 'division:d-east', version: 2, approvedBy: null },
          { unit: 'division:d-south', version: 2, approvedBy: null },
          { unit: 'company', version: 2, approvedBy: null },
        ],
      }),
    ]);
  });

  it('only the level above approves it; a rejection restores the approved figures of every split', () => {
    expect(outcome.managerApproval.status).toBe(403);
    expect(outcome.managerApproval.body.error).toBe('not-the-approver');
    expect(outcome.rejected.body.events.map((e: any) => e.type)).toEqual(['TargetsTransferRejected']);
    const plan = outcome.planAfterRejection.body;
    expect(plan.units.map((u: any) => [u.unit, u.status, u.approvedVersion])).toEqual([
      ['company', 'approved', 1],
      ['division:d-east', 'approved', 1],
      ['division:d-south', 'approved', 1],
    ]);
    expect(plan.transfers).toEqual([expect.objectContaining(awaiting)]);
    expect(outcome.nodeAfterRejection.body).toMatchObject({ unit: 'division:d-east', pending: null });
  });

  it('once approved, both splits are exact and approved, his targets in his new division’s split', () => {
    expect(outcome.approved.body.events.map((e: any) => e.type)).toEqual([
      'TargetsTransferApproved',
      'TargetsTransferred',
    ]);
    const plan = outcome.planAfter.body;
    expect(plan).toMatchObject({ approved: true, transfers: [] });
    expect(plan.units.every((u: any) => u.status === 'approved' && u.approvedVersion === 3)).toBe(true);
    expect(plan.allocation.filter((l: any) => l.status !== 'exact')).toEqual([]);
    const figure = (node: string) => year(plan.nodes.find((n: any) => n.node === node).targets);
    expect([figure('division:d-east'), figure('division:d-south'), figure('company')]).toEqual([
      li,
      zhao + wang,
      li + wang + zhao,
    ]);
    const node = outcome.nodeAfter.body;
    expect(node).toMatchObject({ unit: 'division:d-south', divisionId: 'd-south', approvedVersion: 3 });
    expect(year(node.targets)).toBe(wang);
    expect(node.transfer).toBeNull();
    const south = outcome.versions.body.filter((v: any) => v.unit === 'division:d-south');
    expect(south.map((v: any) => [v.version, v.status, v.approvedBy])).toEqual([
      [1, 'superseded', 'p-vp'],
      [2, 'draft', null],
      [3, 'approved', 'p-vp'],
    ]);
    expect(south[1].rejections).toEqual([expect.objectContaining({ reason: '请先与客户确认交接' })]);
  });
});
