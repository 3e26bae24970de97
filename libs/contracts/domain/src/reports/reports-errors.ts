import {
  type DetailsWithNames,
  type LocalizedText,
  ROLE_LABELS,
  type Role,
  divisionLabel,
  personLabel,
} from '@sales/shared/domain';

/** zh-CN/en texts of the reports slice's error codes; `{name}` placeholders come from the error's details. */
export const REPORTS_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'report-products-required': {
    zh: '{field}：报备须至少列出一条产品线',
    en: '{field}: a report names at least one product line',
  },
  'report-delivery-before-signing': {
    zh: '{field}：预计交付日期 {expectedDeliveryOn} 早于预计签约日期 {expectedSigningOn}',
    en: '{field}: the expected delivery {expectedDeliveryOn} is before the expected signing {expectedSigningOn}',
  },
  'report-customer-unknown': {
    zh: 'customerId：客户 {customerId} 不存在（或合同管理尚未收到它的登记）',
    en: 'customerId: no customer {customerId} (or contracts has not heard of it yet)',
  },
  'unknown-report': { zh: '没有签约前报备 {reportId}', en: 'No pre-signing report {reportId}' },
  'report-id-taken': {
    zh: '报备编号 {reportId} 已用于另一份报备',
    en: 'Report id {reportId} is already used by another report',
  },
  'report-not-open': {
    zh: '报备 {reportId} 当前{reportStatus}，不能再办理此操作',
    en: 'Report {reportId} is {reportStatus}: this step is no longer possible',
  },
  'report-submit-not-salesperson': {
    zh: '只有销售本人可以报备（你的角色：{role}）',
    en: 'Only a salesperson reports a deal (your role: {role})',
  },
  'report-not-yours': {
    zh: '报备 {reportId} 由{salespersonId}提交，只有本人可以修改',
    en: 'Report {reportId} was submitted by {salespersonId}; only they can revise it',
  },
  'feasibility-wrong-role': {
    zh: '{aspect}可行性由{required}确认（你的角色：{role}）',
    en: 'The {aspect} check is made by the {required} (your role: {role})',
  },
  'feasibility-already-decided': {
    zh: '报备 {reportId} 的{aspect}可行性已由{by}确认（{outcome}）',
    en: 'The {aspect} check of report {reportId} was already made by {by} ({outcome})',
  },
  'feasibility-refusal-note-required': {
    zh: '{field}：{aspect}可行性不通过时须说明原因',
    en: '{field}: refusing the {aspect} check needs a note saying why',
  },
  'feasibility-not-confirmed': {
    zh: '报备 {reportId} 尚有可行性未确认：{missingChecks}',
    en: 'Report {reportId} still lacks confirmed checks: {missingChecks}',
  },
  'own-report': {
    zh: '不能批准自己的报备 {reportId}：由事业部经理批准',
    en: 'You cannot approve your own report {reportId}: the division manager does',
  },
  'report-approver-not-manager': {
    zh: '报备 {reportId} 由{approverId}审批，不是你',
    en: 'Report {reportId} is decided by {approverId}, not you',
  },
  'report-rejection-reason-required': {
    zh: '{field}：驳回报备须填写原因',
    en: '{field}: rejecting a report needs a reason',
  },
  'report-list-not-allowed': {
    zh: '你的角色（{role}）不能查看签约前报备',
    en: 'Your role ({role}) cannot read pre-signing reports',
  },
};

const ASPECTS: Readonly<Record<string, LocalizedText>> = {
  schedule: { zh: '工期', en: 'schedule' },
  technology: { zh: '技术', en: 'technology' },
  installation: { zh: '安装', en: 'installation' },
};

const STATUSES: Readonly<Record<string, LocalizedText>> = {
  submitted: { zh: '待确认', en: 'awaiting its checks' },
  returned: { zh: '已退回待修改', en: 'back for a revision' },
  approved: { zh: '已批准', en: 'approved' },
  rejected: { zh: '已驳回', en: 'rejected' },
};

const OUTCOMES: Readonly<Record<string, LocalizedText>> = {
  confirmed: { zh: '通过', en: 'confirmed' },
  refused: { zh: '不通过', en: 'refused' },
};

const role = (value: unknown): LocalizedText =>
  ROLE_LABELS[value as Role] ?? { zh: String(value ?? '无'), en: String(value ?? 'none') };

/** How the reports slice's error details read to people. */
export const REPORTS_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  aspect: (value) => ASPECTS[String(value)],
  missingChecks: (value) => {
    const labels = (value as string[]).map((aspect) => ASPECTS[aspect] ?? { zh: aspect, en: aspect });
    return { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en).join(', ') };
  },
  required: role,
  outcome: (value) => OUTCOMES[String(value)],
  reportStatus: (value) => STATUSES[String(value)],
  approverId: (value, details) => personLabel(value, details),
  by: (value, details) => personLabel(value, details),
  salespersonId: (value, details) => personLabel(value, details),
  divisionId: (value, details) => divisionLabel(value, details),
};
