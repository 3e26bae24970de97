import { type DetailsWithNames, type LocalizedText, divisionLabel, personLabel } from '@sales/shared/domain';

/**
 * zh-CN/en texts of the KPI API's refusals: query parameters it cannot read (400, naming the
 * parameter in `field`) and figures the caller may not see (403). `{name}` placeholders come from
 * the error's details; subjects, people and divisions are shown with their names where known.
 */
export const FIGURES_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'invalid-period': {
    zh: '期间（{field}）须为年（2027）、季度（2027-Q1）或月份（2027-03），收到“{value}”',
    en: 'The period ({field}) must be a year (2027), a quarter (2027-Q1) or a month (2027-03), got “{value}”',
  },
  'invalid-as-of': {
    zh: '截至日期（{field}）须为真实的日期 YYYY-MM-DD（如 2027-03-31），收到“{value}”',
    en: 'The as-of date ({field}) must be a real date written YYYY-MM-DD (e.g. 2027-03-31), got “{value}”',
  },
  'as-of-in-future': {
    zh: '截至日期（{field}）{asOf} 晚于今天 {today}：系统只能给出截至今天已记录的数字',
    en: 'The as-of date ({field}) {asOf} is after today, {today}: the figures can only be as recorded by today',
  },
  'invalid-subject': {
    zh: '考核对象（{field}）须为 person:<人员编号>、division:<事业部编号> 或 company，收到“{value}”',
    en: 'The subject ({field}) must be person:<person id>, division:<division id> or company, got “{value}”',
  },
  'unknown-person': {
    zh: '考核对象（{field}）中的人员 {personId} 不在组织架构中',
    en: 'The subject ({field}) names person {personId}, who is not in the org tree',
  },
  'unknown-division': {
    zh: '考核对象（{field}）中的事业部 {divisionId} 不在组织架构中',
    en: 'The subject ({field}) names division {divisionId}, which is not in the org tree',
  },
  'unknown-figure': {
    zh: '指标（{field}）“{value}”不存在；可选：{known}',
    en: 'There is no figure “{value}” ({field}); one of: {known}',
  },
  'kpi-figures-not-allowed': {
    zh: '{role}无权查看考核指标：业务员看本人，事业部经理看本事业部，业务副总、总经理、市场部主管和系统管理员看全部',
    en: 'A {role} may not see KPI figures: salespeople see their own, division managers their division, the VP, general manager, sales admin and admin everything',
  },
  'kpi-subject-outside-scope': {
    zh: '{role}无权查看{subject}的考核指标（业务员只能看本人，事业部经理只能看本事业部及其人员）',
    en: 'A {role} may not see the figures of {subject} (a salesperson sees their own, a division manager the division and its people)',
  },
  'kpi-caller-not-in-org-tree': {
    zh: '您（{userId}）今天不在组织架构中，无法确定可查看的考核指标范围',
    en: 'You ({userId}) are not in today’s org tree, so which figures you may see cannot be decided',
  },
};

const COMPANY: LocalizedText = { zh: '公司', en: 'the company' };

/** `person:p-li` → 李娜（p-li）, `division:d-east` → 华东事业部（d-east）, `company` → 公司. */
export function subjectLabel(value: unknown, details: DetailsWithNames = {}): LocalizedText | undefined {
  const text = String(value);
  if (text === 'company') return COMPANY;
  const [kind, id] = [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1)];
  if (kind === 'person') return personLabel(id, details);
  if (kind === 'division') return divisionLabel(id, details);
  return undefined;
}

/** How the figures' error details read to people. */
export const FIGURES_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  subject: subjectLabel,
  personId: personLabel,
  userId: personLabel,
  divisionId: divisionLabel,
};
