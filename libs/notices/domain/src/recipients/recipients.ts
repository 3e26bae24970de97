import { assertNever } from '@sales/shared/domain';
import type { NoticeDraft, NoticeFacts, NoticeRecipientRole, NoticeSource } from '../notices/notice';
import { noticeIdOf } from '../notices/notice-id';
import { linkOf } from '../notices/notice-link';
import type { ContractParties } from '../parties/contract-parties';
import { type OrgView, managerOf, peopleWithRole, reportApproverOf, targetsApproverOf } from './org-view';

/**
 * Something that happened elsewhere and may concern people here: a published event's facts as
 * the feed read them (or a daily round's finding), with what the event says about its addressees.
 */
export type NoticeOccasion = Readonly<{
  source: NoticeSource;
  facts: NoticeFacts;
  /** The approver the event names (appraisal's CycleSubmittedForApproval). */
  approverId?: string | null;
  /** The report's division (ReportSubmitted/ReportRevised), for its approver. */
  divisionId?: string | null;
}>;

/** Who reads what the occasion is about, besides the org tree: the contract's ledger. */
export type RecipientContext = Readonly<{ org: OrgView; parties?: ContractParties }>;

type Addressee = Readonly<{ personId: string | null; as: NoticeRecipientRole; facts?: NoticeFacts }>;

/**
 * 通知谁 (X2): the notices an occasion sends, one per person (the first reason to receive it
 * wins), never to the person who caused it. Each notice's id comes from the occasion's key and
 * the recipient, so an occasion seen twice sends the same notices.
 */
export function noticesFor(occasion: NoticeOccasion, context: RecipientContext): NoticeDraft[] {
  const author = authorOf(occasion.facts);
  const seen = new Set<string>();
  const drafts: NoticeDraft[] = [];
  for (const { personId, as, facts = occasion.facts } of addresseesOf(occasion, context)) {
    if (personId === null || personId === author || seen.has(personId)) continue;
    seen.add(personId);
    drafts.push({
      noticeId: noticeIdOf(occasion.source.key, personId),
      recipientId: personId,
      as,
      facts,
      about: linkOf(facts),
      source: occasion.source,
    });
  }
  return drafts;
}

function addresseesOf(occasion: NoticeOccasion, { org, parties }: RecipientContext): Addressee[] {
  const { facts } = occasion;
  const installers = (): Addressee[] =>
    (parties?.installerIds ?? []).map((personId) => ({ personId, as: 'installer' }));
  switch (facts.kind) {
    case 'installation-delayed':
      // 延期通知: the contract's owner and the installers assigned to it.
      return [{ personId: facts.ownerId, as: 'owner' }, ...installers()];
    case 'stop-directive-issued':
    case 'stop-directive-lifted':
      // 停工指示: everyone on the contract — owner, installers, and the owner's manager.
      return [
        { personId: facts.ownerId, as: 'owner' },
        ...installers(),
        { personId: managerOf(org, facts.ownerId), as: 'owner-manager' },
      ];
    case 'approval-waiting':
      return approvers(occasion, facts, org);
    case 'instalment-overdue':
      // 逾期: the owner (who chases the customer) and every finance person (who books it).
      return [
        { personId: facts.ownerId, as: 'owner' },
        ...peopleWithRole(org, 'finance').map((personId): Addressee => ({ personId, as: 'finance' })),
      ];
    case 'pool-return-warning':
      return [{ personId: facts.ownerId, as: 'owner' }];
    case 'summary-missing':
    case 'check-ins-missing':
      return [{ personId: facts.personId, as: 'self' }];
    default:
      return assertNever(facts);
  }
}

const FEASIBILITY_CHECKERS = [
  ['schedule', 'sales_admin'],
  ['technology', 'engineer'],
  ['installation', 'installer'],
] as const;

function approvers(
  occasion: NoticeOccasion,
  facts: Extract<NoticeFacts, { kind: 'approval-waiting' }>,
  org: OrgView,
): Addressee[] {
  switch (facts.what) {
    case 'targets':
      return [{ personId: targetsApproverOf(org, facts.unit, facts.submittedBy), as: 'approver' }];
    case 'cycle':
      return [{ personId: occasion.approverId ?? null, as: 'approver' }];
    case 'report-check':
    case 'report-approval': {
      // 报备: each feasibility aspect waits for the people of its role; the approval for the
      // division's manager, once they are confirmed (told now, so the deal is not a surprise).
      const checks = FEASIBILITY_CHECKERS.flatMap(([aspect, role]) =>
        peopleWithRole(org, role).map(
          (personId): Addressee => ({
            personId,
            as: 'checker',
            facts: { ...facts, what: 'report-check', aspect },
          }),
        ),
      );
      const approverId = reportApproverOf(org, occasion.divisionId ?? null, facts.salespersonId);
      return [
        { personId: approverId, as: 'approver', facts: { ...facts, what: 'report-approval', aspect: null } },
        ...checks,
      ];
    }
    default:
      return assertNever(facts);
  }
}

/** The person whose action the notice reports: they know already. */
function authorOf(facts: NoticeFacts): string | null {
  switch (facts.kind) {
    case 'installation-delayed':
      return facts.delayedBy;
    case 'stop-directive-issued':
      return facts.issuedBy;
    case 'stop-directive-lifted':
      return facts.liftedBy;
    case 'approval-waiting':
      return facts.what === 'targets' || facts.what === 'cycle' ? facts.submittedBy : facts.salespersonId;
    default:
      return null;
  }
}
