import {
  type CycleOrgView,
  type CycleSubject,
  type OpenedCycle,
  mayReadPay,
  maySeeSubject,
  subjectKeyOf,
} from '@sales/appraisal/domain';
import type { Actor } from '@sales/shared/domain';

/*
 * What the cycle routes answer. Pay (payouts, penalty lines and texts) appears only where
 * `mayReadPay` allows it — the person, their manager chain, the VP and finance — and is `null`
 * with `payVisible: false` elsewhere; the qualitative evaluation and appeal reasons follow the
 * same rule (they are about the person). A salesperson sees only their own subject.
 */

const subjectView = (s: CycleSubject) => ({
  key: subjectKeyOf(s),
  kind: s.kind,
  id: s.id,
  personId: s.personId,
  divisionId: s.divisionId,
  name: s.name,
});

export function cycleSummaryView(cycle: OpenedCycle) {
  return {
    cycleId: cycle.cycleId,
    status: cycle.status,
    period: cycle.period,
    scheme: cycle.scheme,
    currency: cycle.currency,
    subjects: cycle.subjects.length,
    evaluated: cycle.subjects.filter((s) => cycle.evaluations[subjectKeyOf(s)]).length,
  };
}

export function cycleDetailView(cycle: OpenedCycle, viewer: Actor, org: CycleOrgView) {
  const visible = cycle.subjects.filter((s) => maySeeSubject(org, viewer, s));
  const snapshot = cycle.snapshot;
  return {
    ...cycleSummaryView(cycle),
    steps: {
      opened: cycle.opened,
      closed: cycle.closed,
      submitted: cycle.submitted,
      approved: cycle.approved,
      lastRejection: cycle.lastRejection,
      published: cycle.published,
    },
    subjects: visible.map((s) => {
      const evaluation = cycle.evaluations[subjectKeyOf(s)];
      return {
        ...subjectView(s),
        evaluated: evaluation !== undefined,
        evaluation: evaluation && mayReadPay(org, viewer, s) ? evaluation : null,
      };
    }),
    /** 冻结的 KPI 指标: as of when, recorded before when, and the KPI explain links they rest on. */
    snapshot: snapshot && {
      eventId: snapshot.eventId,
      asOf: snapshot.asOf,
      recordedBefore: snapshot.recordedBefore,
      readModelVersion: snapshot.readModelVersion,
      currency: snapshot.currency,
      subjects: snapshot.subjects
        .filter((fs) => visible.some((s) => s.kind === fs.kind && s.id === fs.id))
        .map((fs) => ({
          key: `${fs.kind}:${fs.id}`,
          name: fs.name,
          figures: fs.figures,
          amounts: fs.amounts,
          explain: fs.explain,
        })),
    },
  };
}

export function cycleResultsView(cycle: OpenedCycle, viewer: Actor, org: CycleOrgView) {
  return {
    cycleId: cycle.cycleId,
    status: cycle.status,
    period: cycle.period,
    scheme: cycle.scheme,
    results: cycle.subjects
      .filter((s) => maySeeSubject(org, viewer, s))
      .flatMap((s) => {
        const key = subjectKeyOf(s);
        const result = cycle.results[key];
        if (!result) return [];
        const pay = mayReadPay(org, viewer, s);
        const { appraisal } = result;
        const appeal = cycle.appeals[key];
        return [
          {
            subject: subjectView(s),
            score: appraisal.score,
            grade: appraisal.grade,
            missed: appraisal.missed,
            consecutiveMisses: appraisal.consecutiveMisses,
            ladderStep: appraisal.ladderStep,
            kpiLines: appraisal.kpiLines,
            qualitative: appraisal.qualitative,
            payVisible: pay,
            ladderText: pay ? appraisal.ladderText : null,
            payout: pay ? appraisal.payout : null,
            appeal: appeal
              ? {
                  filedBy: appeal.filedBy,
                  filedAt: appeal.filedAt,
                  reason: pay ? appeal.reason : null,
                  decision: appeal.decision && {
                    by: appeal.decision.by,
                    at: appeal.decision.at,
                    decision: appeal.decision.decision,
                    reason: pay ? appeal.decision.reason : null,
                    before: {
                      score: appeal.decision.before.appraisal.score,
                      grade: appeal.decision.before.appraisal.grade,
                      qualitativeScore: appeal.decision.before.qualitativeScore,
                    },
                  },
                }
              : null,
          },
        ];
      }),
  };
}
