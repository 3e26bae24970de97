import { DomainError, ForbiddenError, NotFoundError } from '@sales/shared/domain';
import type { PlanEvent } from './plan-events';
import { planViewFor } from './plan-view';
import {
  vp,
  dmEast,
  dmWest,
  before,
  moved,
  sales,
  set,
  submit,
  approve,
  transfer,
  approveTransfer,
  rejectTransfer,
  history,
  stateOf,
  spec,
  companyApproved,
  allApproved,
  opened,
  s3,
} from './plan-transfer.fixture';

/* What a transfer of a moved salesperson's targets refuses (issue 8 item 3). */
describe('plan: what a transfer refuses (issue 8 item 3)', () => {
  it('nobody decides a split of a transfer on its own, nor edits it, while the transfer is under way', () => {
    const error = spec
      .given(opened())
      .when(approve('division:d-east', vp, moved))
      .thenThrows(DomainError);
    expect(error).toMatchObject({ code: 'unit-in-transfer', details: { node: 'salesperson:s-1' } });
    spec
      .given(opened())
      .when({ type: 'RejectTargets', data: { actor: vp, unit: 'company', reason: '不行', org: moved } })
      .thenThrows(DomainError, 'unit-in-transfer');
    spec
      .given(opened())
      .when(set('salesperson:s-2', sales(300), dmEast, moved))
      .thenThrows(DomainError, 'target-awaiting-approval');
    spec
      .given(opened())
      .when({
        type: 'ReviseTargets',
        data: {
          actor: vp,
          unit: 'company',
          reason: '加码',
          changes: [{ node: 'company', targets: sales(1100, 1300) }],
          org: moved,
        },
      })
      .thenThrows(DomainError, 'unit-in-transfer');
    spec.given(opened()).when(transfer(vp)).thenThrows(DomainError, 'transfer-already-open');
  });

  it('refuses a person who did not move, people outside both divisions, and no reason', () => {
    spec.given(allApproved()).when(transfer(dmWest, before)).thenThrows(DomainError, 'nothing-to-transfer');
    const error = spec
      .given(allApproved())
      .when(transfer(s3))
      .thenThrows(ForbiddenError, 'not-party-to-transfer');
    expect(error.details).toEqual({
      node: 'salesperson:s-1',
      from: 'division:d-east',
      to: 'division:d-west',
      userId: 's-3',
    });
    spec
      .given(allApproved())
      .when(transfer(dmWest, moved, '  '))
      .thenThrows(DomainError, 'reason-required');
    spec.given(allApproved()).when(approveTransfer(vp)).thenThrows(NotFoundError, 'unknown-transfer');
  });

  it('figures never approved need no transfer: the new manager sets them; a new split not yet approved comes first', () => {
    const eastDraft = history(...companyApproved, set('salesperson:s-1', sales(350, 400), dmEast));
    spec.given(eastDraft).when(transfer(dmWest)).thenThrows(DomainError, 'transfer-not-needed');
    expect(
      spec
        .given(eastDraft)
        .when(set('salesperson:s-1', sales(350, 400), dmWest, moved))
        .events(),
    ).toHaveLength(1);
    const westDraft = history(
      ...companyApproved,
      set('salesperson:s-1', sales(350, 400), dmEast),
      set('salesperson:s-2', sales(250, 300), dmEast),
      submit('division:d-east', dmEast),
      approve('division:d-east'),
    );
    const error = spec
      .given(westDraft)
      .when(transfer(dmWest))
      .thenThrows(DomainError, 'transfer-needs-approved-split');
    expect(error.details).toEqual({ node: 'salesperson:s-1', unit: 'division:d-west', status: 'draft' });
  });

  it('refuses to take from a division figure more than it has; shows the approvers a quarter it leaves below the one before', () => {
    const withCustomers = allApproved({ ...sales(350, 400), newCustomers: { realistic: 4, stretch: 5 } });
    const error = spec
      .given(withCustomers)
      .when(transfer(dmWest))
      .thenThrows(DomainError, 'transfer-exceeds-division');
    expect(error.details).toMatchObject({
      node: 'division:d-east',
      metric: 'newCustomers',
      salesperson: 'salesperson:s-1',
      figure: 0,
      carried: 4,
    });
    // East's quarters are even (150 each); s-1 carries 50, 100, 100, 100: east's Q2 would fall below Q1.
    const progressive = allApproved({
      salesAmount: {
        realistic: 350,
        stretch: 400,
        quarters: { realistic: [50, 100, 100, 100], stretch: [70, 110, 110, 110] },
      },
    });
    const [event] = spec.given(progressive).when(transfer(dmWest)).events();
    const expected = [
      {
        node: 'division:d-east',
        metric: 'salesAmount',
        level: 'realistic',
        quarter: 2,
        amount: 50,
        previous: 100,
      },
      {
        node: 'division:d-east',
        metric: 'salesAmount',
        level: 'stretch',
        quarter: 2,
        amount: 65,
        previous: 105,
      },
    ];
    // Not asked for (the transfer chooses no figures): recorded, and shown to the approvers.
    expect((event as Extract<PlanEvent, { type: 'TargetsTransferOpened' }>).data.regressions).toEqual(
      expected,
    );
    const view = planViewFor(stateOf([...progressive, event]), vp, moved)!;
    expect(view.transfers[0].regressions).toEqual(expected);
  });

  it('is not approved on a tree that has moved him again; it can still be rejected', () => {
    const error = spec
      .given(opened())
      .when(approveTransfer(vp, before))
      .thenThrows(DomainError, 'transfer-outdated');
    expect(error.details).toEqual({
      node: 'salesperson:s-1',
      unit: 'division:d-west',
      nodeUnit: 'division:d-east',
    });
    expect(
      spec
        .given(opened())
        .when(rejectTransfer(vp, '又调回华东', before))
        .events()[0].type,
    ).toBe('TargetsTransferRejected');
  });
});
