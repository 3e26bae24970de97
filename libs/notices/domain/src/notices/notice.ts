import type { BusinessDate, LocalizedText } from '@sales/shared/domain';

/**
 * 通知的种类 (X2): what reaches a person's inbox. Each kind is one business situation another
 * department must hear about; the filter of `GET /notices?kind=` takes these.
 */
export const NOTICE_KINDS = [
  'installation-delayed',
  'stop-directive-issued',
  'stop-directive-lifted',
  'approval-waiting',
  'instalment-overdue',
  'pool-return-warning',
  'summary-missing',
  'check-ins-missing',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_KIND_LABELS: Readonly<Record<NoticeKind, LocalizedText>> = {
  'installation-delayed': { zh: '延期通知', en: 'installation delayed' },
  'stop-directive-issued': { zh: '停工指示', en: 'stop directive' },
  'stop-directive-lifted': { zh: '解除停工指示', en: 'stop directive lifted' },
  'approval-waiting': { zh: '待审批', en: 'approval waiting' },
  'instalment-overdue': { zh: '回款逾期', en: 'instalment overdue' },
  'pool-return-warning': { zh: '退回公海预警', en: 'pool return warning' },
  'summary-missing': { zh: '书面总结未交', en: 'written summary missing' },
  'check-ins-missing': { zh: '外出联系汇报缺失', en: 'check-ins missing' },
};

export function isNoticeKind(value: unknown): value is NoticeKind {
  return typeof value === 'string' && (NOTICE_KINDS as readonly string[]).includes(value);
}

/** What a notice is about, and where a client opens it (an API path of the owning context). */
export type NoticeLink = Readonly<{ context: string; kind: string; id: string; href: string }>;

/** What the recipient is asked to approve or check. */
export type ApprovalWaiting =
  | Readonly<{ what: 'targets'; fiscalYear: number; unit: string; version: number; submittedBy: string }>
  | Readonly<{
      what: 'report-check' | 'report-approval';
      reportId: string;
      revision: number;
      salespersonId: string;
      customerId: string;
      /** The feasibility aspect the recipient checks (report-check only). */
      aspect: 'schedule' | 'technology' | 'installation' | null;
    }>
  | Readonly<{ what: 'cycle'; cycleId: string; periodLabel: string; submittedBy: string }>;

/** The facts of a notice, by kind: ids and values only (names are looked up when it is read). */
export type NoticeFacts =
  | Readonly<{
      kind: 'installation-delayed';
      contractId: string;
      customerId: string;
      ownerId: string;
      milestone: string;
      previousDate: BusinessDate;
      newDate: BusinessDate;
      reason: string;
      delayedBy: string;
    }>
  | Readonly<{
      kind: 'stop-directive-issued';
      contractId: string;
      customerId: string;
      ownerId: string;
      directiveId: string;
      reason: string;
      issuedBy: string;
      issuedOn: BusinessDate;
    }>
  | Readonly<{
      kind: 'stop-directive-lifted';
      contractId: string;
      customerId: string;
      ownerId: string;
      directiveId: string;
      reason: string;
      liftedBy: string;
      liftedOn: BusinessDate;
      stillActive: number;
    }>
  | (Readonly<{ kind: 'approval-waiting' }> & ApprovalWaiting)
  | Readonly<{
      kind: 'instalment-overdue';
      contractId: string;
      customerId: string;
      ownerId: string;
      instalmentId: string;
      instalmentName: string;
      dueOn: BusinessDate;
      /** 分 of `currency`. */
      outstandingMinor: number;
      currency: string;
    }>
  | Readonly<{
      kind: 'pool-return-warning';
      customerId: string;
      ownerId: string;
      dueOn: BusinessDate;
      rule: string;
      since: BusinessDate;
    }>
  | Readonly<{ kind: 'summary-missing'; personId: string; periodLabel: string; dueOn: BusinessDate }>
  | Readonly<{
      kind: 'check-ins-missing';
      personId: string;
      date: BusinessDate;
      checkIns: number;
      minimum: number;
    }>;

/** Where a notice came from: the published event (or, for a derived one, the daily round's key). */
export type NoticeSource = Readonly<{
  context: string;
  /** The CloudEvents type (`contracts.InstallationMilestoneDelayed.v1`) or `notices.round.<name>`. */
  type: string;
  /** The source event's id; for a derived notice, the business key it is derived from. */
  key: string;
  /** When the source event happened (its envelope time) or the round ran. */
  occurredAt: string;
}>;

/** One notice for one recipient, as a recipient rule makes it (before it is delivered). */
export type NoticeDraft = Readonly<{
  noticeId: string;
  recipientId: string;
  /** Why this person receives it (owner, installer, finance, approver…), for the reader. */
  as: NoticeRecipientRole;
  facts: NoticeFacts;
  about: NoticeLink;
  source: NoticeSource;
}>;

/** Why a person is a recipient. */
export const NOTICE_RECIPIENT_ROLES = [
  'owner',
  'installer',
  'owner-manager',
  'finance',
  'approver',
  'checker',
  'self',
] as const;
export type NoticeRecipientRole = (typeof NOTICE_RECIPIENT_ROLES)[number];

export const NOTICE_RECIPIENT_ROLE_LABELS: Readonly<Record<NoticeRecipientRole, LocalizedText>> = {
  owner: { zh: '合同/客户负责人', en: 'owner' },
  installer: { zh: '安装人员', en: 'assigned installer' },
  'owner-manager': { zh: '负责人的上级', en: "owner's manager" },
  finance: { zh: '财务', en: 'finance' },
  approver: { zh: '审批人', en: 'approver' },
  checker: { zh: '可行性确认人', en: 'feasibility checker' },
  self: { zh: '本人', en: 'yourself' },
};

/** A notice as an inbox holds it: the draft, delivered at a time. */
export type Notice = NoticeDraft & Readonly<{ deliveredAt: string }>;
