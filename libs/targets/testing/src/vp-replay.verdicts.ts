import { DEMO_FIGURES } from './demo-department.scenario';
import { REVISION_REASON, REVISION_SHIFT, VP_REPLAY_DATES, type VpReplayOutcome } from './vp-replay.scenario';

/**
 * What the replay of issue 8 items 1–4 must now see, item by item: `observed` picks the facts out
 * of the answers, `expected` is the right outcome. The standalone and the distributed spec both
 * assert every verdict, so the two modes are held to the same table.
 */
export type VpReplayVerdict = Readonly<{
  item: string;
  observed: (outcome: VpReplayOutcome) => unknown;
  expected: unknown;
}>;

type Answer = { status: number; body: any };

const refusal = ({ status, body }: Answer) => [status, body?.error ?? null];
const year = (targets: any) => targets?.salesAmount?.realistic?.year ?? null;
const { 'p-li-na': li, 'p-wang-lei': wang } = DEMO_FIGURES;
const unitOf = (plan: Answer, unit: string) => plan.body.units.find((u: any) => u.unit === unit);
const transfersOf = (plan: Answer, unit: string) =>
  unitOf(plan, unit).awaitingTransfer.map((t: any) => [t.personId, t.status, t.from, t.to]);

export const VP_REPLAY_VERDICTS: readonly VpReplayVerdict[] = [
  {
    item: '1. a division manager cannot approve his own split, nor override the VP’s rejection',
    observed: (o) => ({
      ownApproval: refusal(o.ownApproval),
      approvedByTheVp: o.vpApproval.status,
      ownRevisionApproval: refusal(o.ownRevisionApproval),
      plainEditAfterRejection: refusal(o.plainEditAfterRejection),
      revisedAgain: o.revisedAgain.status,
      overrideApproval: refusal(o.overrideApproval),
    }),
    expected: {
      ownApproval: [403, 'own-submission'],
      approvedByTheVp: 200,
      ownRevisionApproval: [403, 'own-submission'],
      plainEditAfterRejection: [400, 'approved-target-needs-revision'],
      revisedAgain: 201,
      overrideApproval: [403, 'own-submission'],
    },
  },
  {
    item: '2. during a revision the node shows the approved figures in force and the revision as pending; a rejection restores the approved ones',
    observed: (o) => {
      const during = o.nodeDuringRevision.body;
      const after = o.nodeAfterRejection.body;
      const east = o.versions.body.filter((v: any) => v.unit === 'division:d-east');
      return {
        during: {
          inForce: year(during.targets),
          approvedVersion: during.approvedVersion,
          pending: [during.pending?.status, during.pending?.revisionReason, year(during.pending?.targets)],
        },
        rejected: o.rejection.status,
        after: {
          inForce: year(after.targets),
          approvedVersion: after.approvedVersion,
          pending: after.pending,
        },
        // The rejected figures stay readable in the history (issue 8 item 6).
        rejectedFigures: east
          .flatMap((v: any) => v.rejections)
          .map((r: any) => year(r.nodes['salesperson:p-li-na'])),
      };
    },
    expected: {
      during: {
        inForce: li,
        approvedVersion: 1,
        pending: ['submitted', REVISION_REASON, li + REVISION_SHIFT],
      },
      rejected: 200,
      after: { inForce: li, approvedVersion: 1, pending: null },
      rejectedFigures: [li + REVISION_SHIFT, li + REVISION_SHIFT],
    },
  },
  {
    item: '3. after a move the new manager’s plain PUT is refused and the old split reports the pending transfer',
    observed: (o) => ({
      plainPut: refusal(o.plainPutAfterMove),
      oldSplitAfterMove: {
        status: unitOf(o.eastAfterMove, 'division:d-east').status,
        transfers: transfersOf(o.eastAfterMove, 'division:d-east'),
        planApproved: o.eastAfterMove.body.approved,
      },
      oldSplitOnceOpened: transfersOf(o.eastDuringTransfer, 'division:d-east'),
      stillInForce: [o.wangDuringTransfer.body.unit, year(o.wangDuringTransfer.body.targets)],
    }),
    expected: {
      plainPut: [400, 'node-in-other-split'],
      oldSplitAfterMove: {
        status: 'approved',
        transfers: [['p-wang-lei', 'awaiting', 'division:d-east', 'division:d-south']],
        planApproved: false,
      },
      oldSplitOnceOpened: [['p-wang-lei', 'pending', 'division:d-east', 'division:d-south']],
      stillInForce: ['division:d-east', wang],
    },
  },
  {
    item: '4. an org change dated in the future does not act today: listed as scheduled, scope unchanged',
    observed: (o) => {
      const divisionOfLi = (tree: Answer) =>
        tree.body.people.find((p: any) => p.id === 'p-li-na')?.divisionId ?? null;
      return {
        scheduled: o.treeToday.body.scheduled
          .filter((s: any) => s.type === 'PersonMoved')
          .map((s: any) => s.effectiveOn),
        today: divisionOfLi(o.treeToday),
        nextYear: divisionOfLi(o.treeNextYear),
        readByTheVp: [o.liByVp.status, o.liByVp.body.divisionId],
        readByHerManager: o.liByEastManager.status,
        readByTheNextManager: refusal(o.liBySouthManager),
        herOwnPlan: o.liOwnPlan.body.nodes.map((n: any) => n.node),
      };
    },
    expected: {
      scheduled: [VP_REPLAY_DATES.futureOn],
      today: 'd-east',
      nextYear: 'd-south',
      readByTheVp: [200, 'd-east'],
      readByHerManager: 200,
      readByTheNextManager: [403, 'out-of-scope'],
      herOwnPlan: ['salesperson:p-li-na'],
    },
  },
];
