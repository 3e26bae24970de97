import {
  type DetailsWithNames,
  type LocalizedText,
  ROLE_LABELS,
  type Role,
  divisionLabel,
  personLabel,
} from '@sales/shared/domain';

/** zh-CN/en texts of the forms slice's error codes; `{name}` placeholders come from the error's details. */
export const FORMS_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'form-issue-not-allowed': {
    zh: '只有销售内勤可以发放合同',
    en: 'Only the sales admin issues contract forms',
  },
  'form-batch-size': {
    zh: '每次发放的合同份数须为 1 至 {max} 份（收到 {count}）',
    en: 'A batch of forms is 1 to {max} forms (got {count})',
  },
  'form-holder-not-salesperson': {
    zh: '合同只能发放给销售：{holderId}不是销售',
    en: 'Forms are issued to salespeople only: {holderId} is not a salesperson',
  },
  'unknown-form': { zh: '没有编号为 {number} 的合同', en: 'No contract form numbered {number}' },
  'form-not-yours': {
    zh: '合同 {number} 是发放给{holderId}的，只能由其本人使用',
    en: 'Form {number} was issued to {holderId}; only they can use it',
  },
  'form-not-out': {
    zh: '合同 {number} 已{status}（{endedOn}），不能再使用、作废或退回',
    en: 'Form {number} is already {status} ({endedOn}); it cannot be used, voided or returned',
  },
  'form-void-not-allowed': {
    zh: '合同 {number} 只能由领用人（{holderId}）或销售内勤作废',
    en: 'Form {number} can be voided only by its holder ({holderId}) or the sales admin',
  },
  'form-void-reason-required': {
    zh: '作废合同 {number} 须填写原因',
    en: 'Voiding form {number} needs a reason',
  },
  'form-return-not-allowed': {
    zh: '退回的合同 {number} 由销售内勤登记接收',
    en: 'The sales admin records the return of form {number}',
  },
  'form-format-not-allowed': {
    zh: '只有副总或销售内勤可以设置合同编号格式',
    en: 'Only the VP or the sales admin sets the form number format',
  },
  'form-format-prefix': {
    zh: '编号前缀须为 1 至 10 位大写字母或数字，以字母开头（收到 {prefix}）',
    en: 'The number prefix is 1 to 10 capital letters or digits, starting with a letter (got {prefix})',
  },
  'form-format-width': {
    zh: '序号位数须为 3 至 6（收到 {width}）',
    en: 'The sequence width is 3 to 6 digits (got {width})',
  },
  'form-year-invalid': {
    zh: '编号年度须为 {min} 至 {max} 年（收到 {year}）',
    en: 'The numbering year is {min} to {max} (got {year})',
  },
  'form-list-not-allowed': {
    zh: '{role}不领用合同，无权查看合同领用情况',
    en: 'The role {role} holds no forms and may not read them',
  },
  'form-division-outside-scope': {
    zh: '只能查看本人负责的事业部的合同领用：{divisionId}不在其中',
    en: 'You read the forms of the divisions you manage only: {divisionId} is not one of them',
  },
  'form-person-outside-scope': {
    zh: '{personId}领用的合同不在你的查看范围内',
    en: 'The forms held by {personId} are outside what you may read',
  },
  'form-outside-your-scope': {
    zh: '合同 {number} 发放给{holderId}，不在你的查看范围内',
    en: 'Form {number} was issued to {holderId}, outside what you may read',
  },
  'form-holder-unknown': {
    zh: '组织中没有{personId}，也没有发放给其的合同',
    en: 'Nobody called {personId} is in the org tree or holds a form',
  },
};

const STATUS: Record<string, LocalizedText> = {
  out: { zh: '领用中', en: 'out' },
  used: { zh: '使用', en: 'used' },
  voided: { zh: '作废', en: 'voided' },
  returned: { zh: '退回', en: 'returned' },
};

/** How the forms slice's error details read to people. */
export const FORMS_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  holderId: (value, details) => personLabel(value, details),
  personId: (value, details) => personLabel(value, details),
  divisionId: (value, details) => divisionLabel(value, details),
  role: (value) => (typeof value === 'string' ? ROLE_LABELS[value as Role] : { zh: '无角色', en: 'no role' }),
  status: (value) => (typeof value === 'string' ? STATUS[value] : undefined),
};
