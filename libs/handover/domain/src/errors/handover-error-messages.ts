import {
  type DetailsWithNames,
  type LocalizedText,
  ROLE_LABELS,
  type Role,
  isRole,
  personLabel,
} from '@sales/shared/domain';

/** The handover context's error catalogue (zh-CN/en), registered with the context (`errorMessages`). */
export const HANDOVER_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'unknown-person': { zh: '组织中没有 {personId}', en: 'Nobody called {personId} is in the org tree' },
  'notice-not-allowed': {
    zh: '{role}不能替{personId}提出辞职：只有本人、其上级或业务副总可以提出',
    en: 'A {role} may not file a resignation for {personId}: only the person, their manager or the VP',
  },
  'invalid-date': {
    zh: '{field} 须为真实的日期（YYYY-MM-DD），收到 {value}',
    en: '{field} must be a real calendar date (YYYY-MM-DD), got {value}',
  },
  'notice-too-short': {
    zh: '辞职须至少提前 {days} 天提出：最后工作日 {lastDay} 太早，最早可定为 {earliestLastDay}',
    en: 'A resignation needs at least {days} days’ notice: the last day {lastDay} is too soon; the earliest allowed is {earliestLastDay}',
  },
  'resignation-already-open': {
    zh: '{personId} 已有一份进行中的离职交接，请在其中继续办理',
    en: '{personId} already has an open handover case: continue it',
  },
  'unknown-case': { zh: '没有离职交接单 {caseId}', en: 'No handover case {caseId}' },
  'case-closed': {
    zh: '该离职交接已{status}，不能再办理',
    en: 'The handover case is already {status}; nothing more can be done on it',
  },
  'case-outside-scope': {
    zh: '{personId} 的离职交接不在你的查看范围内',
    en: 'The handover case of {personId} is outside what you may read',
  },
  'accounts-finance-only': {
    zh: '账目结清由财务确认：{role}不能确认',
    en: 'Finance confirms the accounts settled; a {role} may not',
  },
  'accounts-already-settled': {
    zh: '账目已由 {by} 确认结清',
    en: 'The accounts were already confirmed settled by {by}',
  },
  'sign-off-sales-admin-only': {
    zh: '由市场部主管人员签字方可离开：{role}不能代签',
    en: 'Only the sales admin supervisor (市场部主管) signs off a handover; a {role} may not',
  },
  'sign-off-own-case': {
    zh: '不能为自己的离职交接签字（{personId}）',
    en: 'Nobody signs off their own handover ({personId})',
  },
  'already-signed-off': {
    zh: '市场部主管 {by} 已签字',
    en: 'The sales admin supervisor {by} has already signed off',
  },
  'complete-not-allowed': {
    zh: '{role}不能确认 {personId} 的离职交接完成：由其上级、市场部主管或业务副总确认',
    en: 'A {role} may not complete the handover of {personId}: their manager, the sales admin supervisor or the VP does',
  },
  'handover-items-open': {
    zh: '{personId} 的离职交接还有 {count} 项未完成，不能离职：{items}',
    en: '{personId} cannot leave yet: {count} handover items are still open: {items}',
  },
  'exit-vp-only': {
    zh: '离职处理（未完成交接即离职）由业务副总登记：{role}不能登记',
    en: 'Leaving without handover (离职处理) is recorded by the VP; a {role} may not',
  },
  'field-required': { zh: '{field} 不能为空', en: '{field} is required' },
};

const CASE_STATUS: Readonly<Record<string, LocalizedText>> = {
  open: { zh: '进行中', en: 'open' },
  completed: { zh: '完成交接', en: 'completed' },
  'left-without-handover': { zh: '按离职处理结案', en: 'closed as left without handover' },
};

const FIELD: Readonly<Record<string, LocalizedText>> = {
  lastDay: { zh: '最后工作日', en: 'last day' },
  reason: { zh: '原因', en: 'reason' },
};

/** Checklist items arrive worded (zh/en) already: shown one after the other. */
function itemsLabel(value: unknown): LocalizedText | undefined {
  if (!Array.isArray(value)) return undefined;
  const items = value as LocalizedText[];
  return { zh: items.map((i) => i.zh).join('；'), en: items.map((i) => i.en).join('; ') };
}

export const HANDOVER_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  personId: (value, details) => personLabel(value, details),
  by: (value, details) => personLabel(value, details),
  role: (value) => (isRole(value) ? ROLE_LABELS[value as Role] : { zh: '无角色', en: 'no role' }),
  status: (value) => (typeof value === 'string' ? CASE_STATUS[value] : undefined),
  field: (value) => (typeof value === 'string' ? FIELD[value] : undefined),
  items: itemsLabel,
};
