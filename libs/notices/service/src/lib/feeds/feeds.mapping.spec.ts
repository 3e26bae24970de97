import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { contractsFeedRead } from './contracts-feed.mapping';
import { appraisalFeedRead, customersFeedRead, targetsFeedRead } from './other-feeds.mapping';

const envelope = (context: string, type: string, data: object, schemaVersion = 1): EventEnvelope => ({
  id: `evt-${type}`,
  context,
  streamId: 's-1',
  version: 1,
  type,
  schemaVersion,
  data,
  time: '2027-03-01T02:00:00.000Z',
  actor: { userId: 'system', role: 'admin' },
  correlationId: 'c-1',
});
const party = { contractId: 'k-1', customerId: 'c-1', ownerId: 'p-li', divisionId: 'd-east' };

describe('what the feeds read of other contexts’ published events', () => {
  it('a delay is an occasion keyed by the event’s id; the installers assigned are a ledger note', () => {
    const delayed = contractsFeedRead(
      envelope('contracts', 'InstallationMilestoneDelayed', {
        ...party,
        milestone: 'finish',
        previousDate: '2027-03-10',
        newDate: '2027-03-24',
        reason: '供电改造延期',
        delayedBy: 'p-admin-sun',
        recordedOn: '2027-03-01',
      }),
    );
    expect(delayed).toMatchObject({
      contractId: 'k-1',
      change: null,
      occasion: {
        source: {
          key: 'evt-InstallationMilestoneDelayed',
          type: 'contracts.InstallationMilestoneDelayed.v1',
        },
        facts: { kind: 'installation-delayed', ownerId: 'p-li', newDate: '2027-03-24' },
      },
    });
    const assigned = contractsFeedRead(
      envelope('contracts', 'InstallersAssigned', {
        ...party,
        installerIds: ['p-inst'],
        assignedBy: 'p-admin-sun',
        assignedOn: '2027-03-01',
      }),
    );
    expect(assigned).toMatchObject({
      change: { kind: 'installers', installerIds: ['p-inst'] },
      occasion: null,
    });
  });

  it('a version this feed does not read, and events that concern nobody, are skipped', () => {
    expect(
      contractsFeedRead(envelope('contracts', 'InstallationMilestoneDelayed', party, 2)),
    ).toBeUndefined();
    expect(contractsFeedRead(envelope('contracts', 'PaymentReceived', party))).toBeUndefined();
  });

  it('targets, customers and appraisal events become approvals, pool warnings and missing summaries', () => {
    expect(
      targetsFeedRead(
        envelope('targets', 'TargetsSubmitted', {
          fiscalYear: 2027,
          unit: 'division:d-east',
          version: 2,
          submittedBy: 'p-chen',
        }),
      ),
    ).toMatchObject({ facts: { kind: 'approval-waiting', what: 'targets', unit: 'division:d-east' } });
    expect(
      customersFeedRead(
        envelope('customers', 'CustomerPoolReturnWarned', {
          customerId: 'c-1',
          ownerId: 'p-li',
          divisionId: 'd-east',
          dueOn: '2027-03-08',
          rule: 'no-follow-up',
          since: '2027-01-01',
          warnedOn: '2027-03-01',
        }),
      ),
    ).toMatchObject({ facts: { kind: 'pool-return-warning', ownerId: 'p-li' } });
    const period = { kind: 'quarter', label: '2027-Q1', from: '2027-01-01', to: '2027-03-31' };
    expect(
      appraisalFeedRead(
        envelope('appraisal', 'CycleSubmittedForApproval', {
          cycleId: 'cy-1',
          period,
          submittedBy: 'p-chen',
          approverId: 'p-vp',
        }),
      ),
    ).toMatchObject({ approverId: 'p-vp', facts: { what: 'cycle', periodLabel: '2027-Q1' } });
    expect(
      appraisalFeedRead(
        envelope('appraisal', 'SummaryOverdue', { personId: 'p-li', period, dueOn: '2027-04-05' }),
      ),
    ).toMatchObject({ facts: { kind: 'summary-missing', personId: 'p-li', periodLabel: '2027-Q1' } });
  });
});
