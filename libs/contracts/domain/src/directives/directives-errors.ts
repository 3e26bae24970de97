import {
  type DetailsWithNames,
  type LocalizedText,
  ROLE_LABELS,
  type Role,
  personLabel,
} from '@sales/shared/domain';

/** zh-CN/en texts of the directives slice's error codes; `{name}` placeholders come from the error's details. */
export const DIRECTIVES_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'directive-role-not-allowed': {
    zh: '停工指示由业务副总、系统管理员或安全/质量人员下达和解除，{role}不能',
    en: 'Stop directives are issued and lifted by the VP, IT admin or safety; the role {role} cannot',
  },
  'directive-reason-required': {
    zh: '下达或解除停工指示须填写原因',
    en: 'A stop directive and its lifting need a reason',
  },
  'directive-id-taken': {
    zh: '指示编号 {directiveId} 已用于另一条内容不同的指示',
    en: 'Directive id {directiveId} is already used by a different directive',
  },
  'directive-contract-terminated': {
    zh: '合同 {contractId} 已于 {terminatedOn} 终止，无需停工指示',
    en: 'Contract {contractId} was terminated on {terminatedOn}; there is no work to stop',
  },
  'unknown-directive': { zh: '没有停工指示 {directiveId}', en: 'No stop directive {directiveId}' },
  'directive-already-lifted': {
    zh: '停工指示 {directiveId} 已由{liftedBy}于 {liftedOn} 解除',
    en: 'Stop directive {directiveId} was already lifted by {liftedBy} on {liftedOn}',
  },
  'directive-contract-unknown': { zh: '没有合同 {contractId}', en: 'No contract {contractId}' },
  'directive-read-not-allowed': {
    zh: '不在组织架构中的人员不能查看停工指示',
    en: 'Only people in the org tree may read stop directives',
  },
};

const person = (value: unknown, details: DetailsWithNames) => personLabel(value, details);

/** How the directives slice's error details read to people. */
export const DIRECTIVES_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  liftedBy: person,
  issuedBy: person,
  role: (value) => (typeof value === 'string' ? ROLE_LABELS[value as Role] : { zh: '无角色', en: 'no role' }),
};
