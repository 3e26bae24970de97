import Ajv2020 from 'ajv/dist/2020';
import { DomainError, ForbiddenError } from '@sales/shared/domain';
import { TARGETS_EVENT_CATALOGUE } from '@sales/targets/events';
import type { OrgSnapshot } from '../org-snapshot';
import { allocationReport } from './allocation-report';
import { nodeView } from './node-view';
import type { PlanEvent } from './plan-events';
import { planVersions } from './plan-versions';
import { planViewFor } from './plan-view';
import {
  vp,
  dmEast,
  dmWest,
  director,
  before,
  moved,
  movedTwoApprovers,
  sales,
  set,
  submit,
  approve,
  transfer,
  approveTransfer,
  rejectTransfer,
  history,
  after,
  stateOf,
  spec,
  year,
  companyApproved,
  allApproved,
  opened,
} from './plan-transfer.fixture';

/*
 * Issue 8 item 3: s-1 moves from 华东 (d-east) to 华西 (d-west) after both splits were approved.
 * His approved targets may not be taken over by an edit or a revision; they move by a transfer
 * that the level above each split approves, the approved figures staying in force until then.
 */
describe('plan: a moved salesperson’s approved targets await a transfer (issue 8 item 3)', () => {
  it('both splits report him as 待转移, and the plan no longer reads as approved', () => {
    const state = stateOf(allApproved());
    expect(planViewFor(state, vp, before)).toMatchObject({ approved: true, transfers: [] });
    const view = planViewFor(state, vp, moved)!;
    const awaiting = {
      personId: 's-1',
      node: 'salesperson:s-1',
      from: 'division:d-east',
      to: 'division:d-west',
      status: 'awaiting',
    };
    expect(view.approved).toBe(false);
    expect(view.transfers).toEqual([expect.objectContaining(awaiting)]);
    const unit = (id: string) => view.units.find((u) => u.unit === id)!;
    expect(unit('division:d-east')).toMatchObject({ status: 'approved', awaitingTransfer: [awaiting] });
    expect(unit('division:d-west').awaitingTransfer).toEqual([expect.objectContaining(awaiting)]);
    expect(unit('company').awaitingTransfer).toEqual([]);
    // The old division's manager sees it on his split, though s-1 is no longer his to read.
    const east = planViewFor(state, dmEast, moved)!;
    // (The company split above shows him only its status: nothing awaited there.)
    expect(east.units.map((u) => [u.unit, u.awaitingTransfer.map((t) => t.node)])).toEqual([
      ['company', []],
      ['division:d-east', ['salesperson:s-1']],
    ]);
    expect(nodeView(state, 'salesperson:s-1', moved)?.transfer).toMatchObject(awaiting);
    expect(nodeView(state, 'salesperson:s-2', moved)?.transfer).toBeNull();
  });

  it('his new division’s manager takes them over neither by an edit nor by a revision of his approved split', () => {
    const edit = spec
      .given(allApproved())
      .when(set('salesperson:s-1', sales(100), dmWest, moved))
      .thenThrows(DomainError, 'node-in-other-split');
    expect(edit.details).toEqual({
      node: 'salesperson:s-1',
      heldBy: 'division:d-east',
      status: 'approved',
      unit: 'division:d-west',
    });
    const revision = spec
      .given(allApproved())
      .when({
        type: 'ReviseTargets',
        data: {
          actor: dmWest,
          unit: 'division:d-west',
          reason: '王接手华西客户',
          changes: [{ node: 'salesperson:s-1', targets: sales(350, 400) }],
          org: moved,
        },
      })
      .thenThrows(DomainError, 'node-in-other-split');
    expect(revision.details).toMatchObject({ heldBy: 'division:d-east', unit: 'division:d-west' });
  });

  it('落实到人 counts him as planned in his new division while his targets are in force elsewhere', () => {
    const westPending = history(
      ...companyApproved,
      set('salesperson:s-1', sales(350, 400), dmEast),
      set('salesperson:s-2', sales(250, 300), dmEast),
      submit('division:d-east', dmEast),
      approve('division:d-east'),
      set('salesperson:s-3', sales(400, 500), dmWest, moved),
      submit('division:d-west', dmWest, moved),
    );
    const [approved] = spec
      .given(westPending)
      .when(approve('division:d-west', vp, moved))
      .events();
    expect(approved).toMatchObject({ type: 'TargetsApproved', data: { unit: 'division:d-west' } });
  });
});

describe('plan: transferring a moved salesperson’s targets (issue 8 item 3)', () => {
  it('either manager opens it with a reason: every split it touches gets a pending revision, figures moved whole', () => {
    const [event] = spec.given(allApproved()).when(transfer(dmWest)).events();
    expect(event).toMatchObject({
      type: 'TargetsTransferOpened',
      data: {
        personId: 's-1',
        from: 'division:d-east',
        to: 'division:d-west',
        reason: '调往华西，客户随人走',
        openedBy: 'dm-west',
        revisions: [
          { unit: 'division:d-east', version: 2 },
          { unit: 'division:d-west', version: 2 },
          { unit: 'company', version: 2 },
        ],
        // East's even quarters (150 each) less s-1's (87, 87, 88, 88): a rounding fen below Q2 in Q3.
        regressions: [
          {
            node: 'division:d-east',
            metric: 'salesAmount',
            level: 'realistic',
            quarter: 3,
            amount: 62,
            previous: 63,
          },
        ],
      },
    });
    const changes = (event as Extract<PlanEvent, { type: 'TargetsTransferOpened' }>).data.changes;
    expect(changes.map((c) => [c.node, c.divisionId, c.targets.salesAmount!.realistic.year])).toEqual([
      ['salesperson:s-1', 'd-west', 350],
      ['division:d-east', 'd-east', 250],
      ['division:d-west', 'd-west', 750],
    ]);
    expect(changes[1].targets.salesAmount!.stretch.quarters).toEqual([75, 75, 75, 75]);
    for (const actor of [dmEast, vp]) {
      expect(spec.given(allApproved()).when(transfer(actor)).events()[0].type).toBe('TargetsTransferOpened');
    }
    const published = spec.given(allApproved()).when(transfer(dmWest)).published();
    expect(published.map((e) => [e.type, (e.data as { unit: string }).unit])).toEqual([
      ['TargetsSubmitted', 'division:d-east'],
      ['TargetsSubmitted', 'division:d-west'],
      ['TargetsSubmitted', 'company'],
    ]);
  });

  it('the approved figures stay in force for both units until the transfer is approved', () => {
    const state = stateOf(opened());
    const node = nodeView(state, 'salesperson:s-1', moved)!;
    expect(node).toMatchObject({ unit: 'division:d-east', approvedVersion: 1 });
    expect(node.targets?.salesAmount?.realistic.year).toBe(350);
    expect(node.pending).toMatchObject({ unit: 'division:d-west', version: 2, status: 'submitted' });
    expect(node.transfer).toMatchObject({ status: 'pending', reason: '调往华西，客户随人走' });
    const east = nodeView(state, 'division:d-east', moved)!;
    expect([
      east.targets?.salesAmount?.realistic.year,
      east.pending?.targets.salesAmount?.realistic.year,
    ]).toEqual([600, 250]);
    expect(year(opened(), 'division:d-west')).toBe(400);
    const view = planViewFor(state, vp, moved)!;
    expect(view.approved).toBe(false);
    expect(view.units.map((u) => [u.unit, u.status, u.approvedVersion, u.awaitingTransfer.length])).toEqual([
      ['company', 'submitted', 1, 1],
      ['division:d-east', 'submitted', 1, 1],
      ['division:d-west', 'submitted', 1, 1],
    ]);
  });

  it('is approved only when the level above each split approves; one approver of all approves it at once', () => {
    const events = after(allApproved(), transfer(dmWest, movedTwoApprovers));
    // The VP is above the east manager and decides the company split; a director is above the west manager.
    const [vpApproval] = spec.given(events).when(approveTransfer(vp, movedTwoApprovers)).events();
    expect(vpApproval).toEqual({
      type: 'TargetsTransferApproved',
      data: {
        fiscalYear: 2026,
        personId: 's-1',
        units: ['division:d-east', 'company'],
        approvedBy: 'vp-1',
        selfApproval: false,
      },
    });
    const half = [...events, vpApproval];
    expect(year(half, 'salesperson:s-1')).toBe(350);
    expect(stateOf(half).approved['salesperson:s-1'].unit).toBe('division:d-east');
    expect(year(half, 'division:d-east')).toBe(600);
    const again = spec.given(half).when(approveTransfer(vp, movedTwoApprovers)).thenThrows(ForbiddenError);
    expect(again).toMatchObject({ code: 'not-the-approver', details: { approverId: 'dir-west' } });
    spec
      .given(half)
      .when(approveTransfer(dmWest, movedTwoApprovers))
      .thenThrows(ForbiddenError, 'own-submission');
    const last = spec.given(half).when(approveTransfer(director, movedTwoApprovers)).events();
    expect(last.map((e) => e.type)).toEqual(['TargetsTransferApproved', 'TargetsTransferred']);
    const done = [...half, ...last];
    expectTransferred(done, movedTwoApprovers);
    expect(
      planVersions(done)
        .filter((v) => v.version === 2)
        .map((v) => [v.unit, v.status, v.approvedBy]),
    ).toEqual([
      ['division:d-east', 'approved', 'vp-1'],
      ['division:d-west', 'approved', 'dir-west'],
      ['company', 'approved', 'vp-1'],
    ]);
    const published = spec.given(half).when(approveTransfer(director, movedTwoApprovers)).published();
    expect(published.map((e) => e.type)).toEqual(['TargetsApproved', 'TargetsApproved', 'TargetsApproved']);
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const validate = ajv.compile(TARGETS_EVENT_CATALOGUE.find((e) => e.type === 'TargetsApproved')!.schema);
    for (const e of published) expect(validate(e.data) ? [] : validate.errors).toEqual([]);

    // Where the VP is the level above both managers and the company split's decider, one approval does all.
    const once = spec.given(opened()).when(approveTransfer(vp)).events();
    expect(once.map((e) => e.type)).toEqual(['TargetsTransferApproved', 'TargetsTransferred']);
    expectTransferred([...opened(), ...once], moved);
  });

  it('a rejection by either approver restores every split to its approved figures', () => {
    const events = after(
      allApproved(),
      transfer(dmWest, movedTwoApprovers),
      approveTransfer(vp, movedTwoApprovers),
    );
    const [rejected] = spec
      .given(events)
      .when(rejectTransfer(director, '华西本年不接客户', movedTwoApprovers))
      .events();
    expect(rejected).toMatchObject({ type: 'TargetsTransferRejected', data: { rejectedBy: 'dir-west' } });
    spec
      .given(events)
      .when(rejectTransfer(director, ' ', movedTwoApprovers))
      .thenThrows(DomainError, 'reason-required');
    spec
      .given(events)
      .when(rejectTransfer(dmEast, '不同意', movedTwoApprovers))
      .thenThrows(ForbiddenError);
    const back = stateOf([...events, rejected]);
    expect(Object.values(back.units).map((u) => [u.unit, u.status, u.approvedVersion])).toEqual([
      ['company', 'approved', 1],
      ['division:d-east', 'approved', 1],
      ['division:d-west', 'approved', 1],
    ]);
    expect(back.nodes['salesperson:s-1']).toMatchObject({ unit: 'division:d-east', divisionId: 'd-east' });
    expect(back.nodes['division:d-east'].targets.salesAmount?.realistic.year).toBe(600);
    expect(allocationReport(back).every((l) => l.status === 'exact')).toBe(true);
    expect(planViewFor(back, vp, moved)!.transfers).toEqual([
      expect.objectContaining({ status: 'awaiting' }),
    ]);
    const rejectedVersions = planVersions([...events, rejected]).filter((v) => v.version === 2);
    expect(rejectedVersions.map((v) => [v.unit, v.rejections[0]?.reason])).toEqual([
      ['division:d-east', '华西本年不接客户'],
      ['division:d-west', '华西本年不接客户'],
      ['company', '华西本年不接客户'],
    ]);
    const published = spec
      .given(events)
      .when(rejectTransfer(vp, '暂缓', movedTwoApprovers))
      .published();
    expect(published.map((e) => e.type)).toEqual(['TargetsRejected', 'TargetsRejected', 'TargetsRejected']);
  });
});

function expectTransferred(events: PlanEvent[], org: OrgSnapshot): void {
  const state = stateOf(events);
  expect(state.transfers['s-1']).toBeUndefined();
  expect(Object.values(state.units).map((u) => [u.unit, u.status, u.approvedVersion])).toEqual([
    ['company', 'approved', 2],
    ['division:d-east', 'approved', 2],
    ['division:d-west', 'approved', 2],
  ]);
  expect(state.approved['salesperson:s-1']).toMatchObject({ unit: 'division:d-west', divisionId: 'd-west' });
  expect([
    year(events, 'salesperson:s-1'),
    year(events, 'division:d-east'),
    year(events, 'division:d-west'),
  ]).toEqual([350, 250, 750]);
  expect(allocationReport(state).filter((l) => l.status !== 'exact')).toEqual([]);
  expect(planViewFor(state, vp, org)).toMatchObject({ approved: true, transfers: [] });
}
