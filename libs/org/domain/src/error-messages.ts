import { type DetailsWithNames, type LocalizedText, divisionLabel, namedId } from '@sales/shared/domain';

/**
 * Message templates per error code, zh-CN first; `{name}` placeholders are filled from the
 * error's `details` by the HTTP layer.
 */
export const ORG_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'forbidden-role': { zh: '角色 {role} 无权执行此操作', en: 'Role {role} may not do this' },
  'not-your-division': {
    zh: '事业部经理只能调动本事业部的其他人员（{personId} 属于 {divisionId}）',
    en: 'A division manager may move only other people of their own division ({personId} is in {divisionId})',
  },
  'invalid-date': {
    zh: '{field} 不是有效日期（YYYY-MM-DD）：{value}',
    en: '{field} is not a valid date (YYYY-MM-DD): {value}',
  },
  'effective-date-before-last-change': {
    zh: '生效日期 {effectiveOn} 早于 {subject} 最近一次已记录的变动（{lastChangeOn}），不能倒签',
    en: 'Effective date {effectiveOn} is before the last recorded change of {subject} ({lastChangeOn}); back-dating is not allowed',
  },
  'backdating-needs-reason': {
    zh: '生效日期 {effectiveOn} 早于今天（{today}），属于倒签：请填写倒签原因（backdatingReason）',
    en: 'Effective date {effectiveOn} is before today ({today}): back-dating needs a reason (backdatingReason)',
  },
  'backdating-not-allowed': {
    zh: '生效日期 {effectiveOn} 早于今天（{today}）：只有业务副总或系统管理员可以倒签',
    en: 'Effective date {effectiveOn} is before today ({today}): only the VP or an admin may back-date a change',
  },
  'not-yet-effective': {
    zh: '生效日期 {effectiveOn} 时 {subject} 尚未生效（自 {since} 起）',
    en: '{subject} does not exist yet on {effectiveOn} (it takes effect on {since})',
  },
  'field-required': { zh: '{field} 不能为空', en: '{field} is required' },
  'invalid-division-code': {
    zh: '事业部代码 {code} 无效（字母、数字、- 或 _，最多 32 位）',
    en: 'Division code {code} is invalid (letters, digits, - or _, at most 32)',
  },
  'division-already-exists': { zh: '{divisionId} 已存在', en: 'The {divisionId} already exists' },
  'division-code-taken': {
    zh: '事业部代码 {code} 已被 {divisionId} 使用',
    en: 'Division code {code} is already used by {divisionId}',
  },
  'unknown-division': { zh: '{divisionId} 不存在', en: 'The {divisionId} does not exist' },
  'unknown-person': { zh: '人员 {personId} 不存在', en: 'Person {personId} does not exist' },
  'unknown-manager': {
    zh: '上级 {managerId} 不存在或已离职',
    en: 'Manager {managerId} does not exist or has left',
  },
  'unknown-role': { zh: '未知角色 {role}', en: 'Unknown role {role}' },
  'person-already-hired': { zh: '人员 {personId} 已入职', en: 'Person {personId} is already hired' },
  'no-change': { zh: '没有任何变更', en: 'Nothing would change' },
  'vp-has-no-division': { zh: '业务副总不属于任何事业部', en: 'The VP belongs to no division' },
  'vp-has-no-manager': {
    zh: '业务副总只向总经理汇报，{managerId} 不是总经理',
    en: 'The VP reports only to the general manager; {managerId} is not the general manager',
  },
  'general-manager-has-no-division': {
    zh: '总经理不属于任何事业部',
    en: 'The general manager belongs to no division',
  },
  'general-manager-has-no-manager': {
    zh: '总经理在本系统中没有上级',
    en: 'The general manager has no manager in this system',
  },
  'general-manager-already-exists': {
    zh: '已有总经理 {gmId}',
    en: 'There is already a general manager ({gmId})',
  },
  'invalid-login-subject': {
    zh: '登录身份（loginSubject）须为 1–200 个字符，不能全为空白，也不能含控制字符',
    en: 'The login subject (loginSubject) must be 1–200 characters, not blank, without control characters',
  },
  'login-subject-taken': {
    zh: '登录身份 {loginSubject} 已属于人员 {personId}：一个登录身份只能对应一人（未填写时即为人员编号），请填写本人在身份提供方的登录身份',
    en: 'The login subject {loginSubject} already belongs to person {personId}: one subject signs in one person (it defaults to the person id); give this person their own subject at the identity provider',
  },
  'vp-already-exists': { zh: '已有业务副总 {vpId}', en: 'There is already a VP ({vpId})' },
  'division-required': { zh: '角色 {role} 必须归属一个事业部', en: 'Role {role} must belong to a division' },
  'division-already-has-manager': {
    zh: '{divisionId} 已有经理 {managerId}',
    en: 'The {divisionId} already has a manager ({managerId})',
  },
  'manager-not-a-manager': {
    zh: '{managerId} 的角色 {role} 不能作为上级',
    en: '{managerId} has role {role} and cannot be a manager',
  },
  'manager-in-other-division': {
    zh: '上级 {managerId} 是 {managerDivisionId} 的经理，不属于 {divisionId}',
    en: 'Manager {managerId} runs {managerDivisionId}, not {divisionId}',
  },
  'manager-cycle': { zh: '上级关系形成循环：{chain}', en: 'The manager chain would loop: {chain}' },
  'person-has-reports': {
    zh: '{personId} 仍有直属下级（{reports}），请先调整他们的上级',
    en: '{personId} still has direct reports ({reports}); reassign them first',
  },
};

/** How org's error details read to people: `person:p-li` is 人员 p-li, `division:d-east` 事业部 d-east. */
export const ORG_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  subject: (value, details) => {
    const [, kind, id] = /^(person|division):(.+)$/.exec(String(value)) ?? [];
    if (kind === 'person') {
      const named = namedId(id, details);
      return { zh: `人员 ${named}`, en: `person ${named}` };
    }
    if (kind === 'division') return divisionLabel(id, details);
    return undefined;
  },
  divisionId: divisionLabel,
};
