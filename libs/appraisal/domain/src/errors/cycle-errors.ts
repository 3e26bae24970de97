import type { DetailsWithNames, LocalizedText } from '@sales/shared/domain';

/** zh-CN/en texts of the cycle slice's error codes (A2 考核周期). */
export const CYCLE_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'cycle-not-found': { zh: '没有该考核周期', en: 'No such appraisal cycle' },
  'cycle-already-opened': {
    zh: '{label} 的考核周期已开启（同一考核办法每期只开一次）',
    en: 'The cycle for {label} is already open (one per scheme and period)',
  },
  'invalid-cycle-period': {
    zh: '期间 {label} 不是{periodKind}（月如 2027-03，季如 2027-Q1，年如 2027）',
    en: 'Period {label} is not a {periodKind} (a month reads 2027-03, a quarter 2027-Q1, a year 2027)',
  },
  'cycle-without-subjects': {
    zh: '{label} 期末没有可考核的对象（{appliesTo}）',
    en: 'Nobody to appraise at the end of {label} ({appliesTo})',
  },
  'no-scheme-in-force': {
    zh: '考核办法 {schemeId} 在 {today} 没有生效的版本',
    en: 'Scheme {schemeId} has no version in force on {today}',
  },
  'period-not-ended': {
    zh: '{label} 尚未结束（至 {endsOn}）：期间结束后才能关账冻结指标',
    en: '{label} runs until {endsOn}: figures are frozen only once the period is over',
  },
  'cycle-already-closed': {
    zh: '考核周期已关账（当前：{cycleStatus}）',
    en: 'The cycle is already closed (now: {cycleStatus})',
  },
  'cycle-not-closed': {
    zh: '考核周期尚未关账：请先关账冻结指标',
    en: 'The cycle is not closed yet: close it to freeze the figures first',
  },
  'snapshot-not-recorded': {
    zh: 'KPI 指标尚未冻结（等待 KPI 服务回传本期指标）',
    en: 'The KPI figures are not frozen yet (waiting for the KPI service’s period figures)',
  },
  'snapshot-frozen': {
    zh: '本周期的 KPI 指标已于 {frozenAsOf} 冻结，不能更改',
    en: 'The cycle’s KPI figures were frozen as of {frozenAsOf} and never change',
  },
  'snapshot-not-for-cycle': {
    zh: '收到的指标快照属于另一个请求（{requestId}），不是本考核周期',
    en: 'The figures answer another request ({requestId}), not this cycle',
  },
  'snapshot-period-mismatch': {
    zh: '收到的指标快照期间为 {given}，本周期为 {label}',
    en: 'The figures are for {given}; this cycle is {label}',
  },
  'snapshot-subjects-mismatch': {
    zh: '收到的指标快照与考核对象不一致（缺少：{missing}；多出：{extra}）',
    en: 'The figures do not cover the cycle’s subjects (missing: {missing}; extra: {extra})',
  },
  'unknown-cycle-subject': {
    zh: '{subjectKey} 不是本周期的考核对象',
    en: '{subjectKey} is not a subject of this cycle',
  },
  'invalid-subject-key': {
    zh: '考核对象应写作 person:<人员> 或 division:<事业部>，收到：{subjectKey}',
    en: 'A subject reads person:<person> or division:<division>, got: {subjectKey}',
  },
  'not-subject-manager': {
    zh: '只有 {subject} 的上级（事业部经理；经理由业务副总）可以评价',
    en: 'Only someone above {subject} (their division manager; for a manager, the VP) may evaluate',
  },
  'cycle-not-evaluable': {
    zh: '考核周期已提交审批或已公布（{cycleStatus}），不能再修改定性评价',
    en: 'The cycle is submitted or published ({cycleStatus}): evaluations no longer change',
  },
  'invalid-qualitative-score': {
    zh: '定性评分应为 0 到 100 之间的数（最多两位小数），收到：{score}',
    en: 'The qualitative score is a number from 0 to 100 (at most two decimals), got: {score}',
  },
  'subjects-unevaluated': {
    zh: '还有 {count} 人没有定性评价：{subjects}',
    en: '{count} subjects have no qualitative evaluation yet: {subjects}',
  },
  'cycle-already-submitted': {
    zh: '考核周期已提交审批（当前：{cycleStatus}）',
    en: 'The cycle was already submitted (now: {cycleStatus})',
  },
  'no-cycle-approver': {
    zh: '组织中没有可以审批的人（业务副总或总经理）',
    en: 'Nobody in the tree may approve (no VP or general manager)',
  },
  'cycle-not-submitted': {
    zh: '考核周期尚未提交审批（当前：{cycleStatus}）',
    en: 'The cycle has not been submitted (now: {cycleStatus})',
  },
  'cycle-already-approved': {
    zh: '考核周期已审批（当前：{cycleStatus}）',
    en: 'The cycle was already decided (now: {cycleStatus})',
  },
  'cannot-approve-own-submission': {
    zh: '不能审批自己提交的考核结果：须由上一级审批',
    en: 'You may not approve your own submission: the level above approves it',
  },
  'rejection-reason-required': { zh: '退回须注明原因', en: 'A rejection needs a reason' },
  'cycle-not-approved': {
    zh: '考核结果尚未审批通过（当前：{cycleStatus}）',
    en: 'The results are not approved yet (now: {cycleStatus})',
  },
  'results-already-published': {
    zh: '考核结果已公布',
    en: 'The results are already published',
  },
  'scheme-version-mismatch': {
    zh: '本周期按考核办法 {schemeId} 第 {version} 版考核，收到的是 {given}',
    en: 'This cycle appraises under scheme {schemeId} version {version}, not {given}',
  },
  'results-not-published': {
    zh: '考核结果尚未公布，公布后才能申诉',
    en: 'The results are not published yet: appeals come after publication',
  },
  'not-your-result': {
    zh: '只有被考核人本人可以对 {subject} 的结果申诉',
    en: 'Only the person appraised may appeal the result of {subject}',
  },
  'appeal-reason-required': { zh: '申诉须写明理由', en: 'An appeal needs a reason' },
  'appeal-already-filed': {
    zh: '{subject} 已对本期结果申诉过',
    en: '{subject} has already appealed this result',
  },
  'no-open-appeal': {
    zh: '{subject} 没有待复核的申诉',
    en: '{subject} has no appeal awaiting a decision',
  },
  'cannot-decide-own-appeal': {
    zh: '不能复核自己的申诉',
    en: 'You may not decide your own appeal',
  },
  'decision-reason-required': { zh: '复核结论须注明理由', en: 'A decision on an appeal needs a reason' },
  'qualitative-score-required': {
    zh: '改判须给出新的定性评分',
    en: 'An amended result needs a new qualitative score',
  },
  'upheld-takes-no-score': {
    zh: '维持原结果时不填新的定性评分',
    en: 'An upheld result takes no new qualitative score',
  },
  'results-forbidden': {
    zh: '角色 {role} 不能查看考核结果',
    en: 'Role {role} may not read appraisal results',
  },
};

const STATUS_LABELS: Readonly<Record<string, LocalizedText>> = {
  open: { zh: '已开启', en: 'open' },
  closed: { zh: '已关账，待冻结', en: 'closed, awaiting the figures' },
  frozen: { zh: '已冻结，评价中', en: 'frozen, being evaluated' },
  submitted: { zh: '待审批', en: 'awaiting approval' },
  approved: { zh: '已审批', en: 'approved' },
  published: { zh: '已公布', en: 'published' },
};

const PERIOD_KIND_LABELS: Readonly<Record<string, LocalizedText>> = {
  month: { zh: '月度期间', en: 'month' },
  quarter: { zh: '季度期间', en: 'quarter' },
  year: { zh: '年度期间', en: 'year' },
};

const APPLIES_TO_LABELS: Readonly<Record<string, LocalizedText>> = {
  salesperson: { zh: '业务人员', en: 'salespeople' },
  division_manager: { zh: '事业部经理', en: 'division managers' },
};

export const CYCLE_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  cycleStatus: (value) => STATUS_LABELS[String(value)],
  periodKind: (value) => PERIOD_KIND_LABELS[String(value)],
  appliesTo: (value) => APPLIES_TO_LABELS[String(value)],
};
