import {
  type DetailsWithNames,
  type LocalizedText,
  ROLE_LABELS,
  type Role,
  personLabel,
} from '@sales/shared/domain';
import { INSTALLATION_MILESTONE_LABELS, type InstallationMilestone } from '@sales/contracts/events';

/** zh-CN/en texts of the installation slice's error codes; `{name}` placeholders come from the error's details. */
export const INSTALLATION_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'installation-sales-admin-only': {
    zh: '安装人员由市场部主管指派，{role}不能指派',
    en: 'Installers are assigned by the sales admin; the role {role} cannot',
  },
  'installers-required': { zh: '须至少指派一名安装人员', en: 'Assign at least one installer' },
  'not-an-installer': {
    zh: '{personId}今天在组织架构中的角色是{role}，不是安装人员',
    en: '{personId} is {role} in the org tree today, not an installer',
  },
  'installer-not-assigned': {
    zh: '{personId}不是合同 {contractId} 指派的安装人员',
    en: '{personId} is not an installer assigned to contract {contractId}',
  },
  'installation-planner-not-allowed': {
    zh: '计划日期由市场部主管或合同负责人设定，{role}不能',
    en: 'Planned dates are set by the sales admin or the contract’s owner; the role {role} cannot',
  },
  'acceptance-recorder-not-allowed': {
    zh: '验收由指派的安装人员、市场部主管或合同负责人登记，{role}不能',
    en: 'Acceptance is recorded by an assigned installer, the sales admin or the owner; the role {role} cannot',
  },
  'installation-date-invalid': {
    zh: '{field} 须为有效日期（YYYY-MM-DD）',
    en: '{field} must be a real date (YYYY-MM-DD)',
  },
  'installation-date-in-future': {
    zh: '{field}（{date}）不能晚于今天（{today}）',
    en: '{field} ({date}) cannot be after today ({today})',
  },
  'installation-reason-required': { zh: '{field}：须填写原因', en: '{field}: a reason is required' },
  'installation-text-required': { zh: '{field}：不能为空', en: '{field} must not be empty' },
  'screen-requirement-invalid': {
    zh: '{field}：屏幕要求无效（尺寸为正整数毫米，点间距为正整数微米，环境与安装方式取规定值）',
    en: '{field}: invalid screen requirement (sizes in whole mm, pitch in whole µm, a known environment and mounting)',
  },
  'installation-contract-terminated': {
    zh: '合同 {contractId} 已于 {terminatedOn} 终止，不能再登记安装',
    en: 'Contract {contractId} was terminated on {terminatedOn}; no more installation work is recorded',
  },
  'milestone-already-planned': {
    zh: '{milestone}已计划于 {plannedOn}；改期请登记延期并说明原因',
    en: '{milestone} is already planned for {plannedOn}; record a delay with its reason to move it',
  },
  'milestone-not-planned': {
    zh: '{milestone}尚无计划日期，不能延期',
    en: '{milestone} has no planned date to delay',
  },
  'milestone-already-reached': {
    zh: '{milestone}已于 {on} 完成',
    en: '{milestone} was already reached on {on}',
  },
  'delay-not-later': {
    zh: '延期后的日期（{newDate}）须晚于当前计划日期（{plannedOn}）',
    en: 'The new date ({newDate}) must be after the planned date ({plannedOn})',
  },
  'work-stopped': {
    zh: '停工指示 {directiveId} 生效中（{issuedBy}于 {issuedOn} 下达：{reason}），不能登记{milestone}',
    en: 'Stop directive {directiveId} is in force (issued by {issuedBy} on {issuedOn}: {reason}); {milestone} cannot be recorded',
  },
  'finish-before-start': {
    zh: '尚未登记{missing}，不能登记{milestone}',
    en: '{milestone} cannot be recorded before {missing}',
  },
  'commissioning-before-finish': {
    zh: '尚未登记{missing}，不能登记{milestone}',
    en: '{milestone} cannot be recorded before {missing}',
  },
  'acceptance-before-commissioning': {
    zh: '尚未{missing}，不能{milestone}',
    en: '{milestone} cannot be recorded before the installation is {missing}',
  },
  'milestone-date-before-previous': {
    zh: '{milestone}日期（{on}）不能早于{previous}日期（{previousOn}）',
    en: 'The date ({on}) cannot be before {previous} ({previousOn})',
  },
  'milestone-before-signing': {
    zh: '日期（{on}）不能早于合同签订日期（{signedOn}）',
    en: 'The date ({on}) cannot be before the contract was signed ({signedOn})',
  },
  'accepted-by-required': {
    zh: '验收须填写验收人（客户方）',
    en: 'Acceptance needs who accepted for the customer',
  },
  'installation-read-not-allowed': {
    zh: '{role}无权查看安装情况',
    en: 'The role {role} may not read installations',
  },
  'installation-outside-scope': {
    zh: '合同 {contractId} 的安装不在你的查看范围内',
    en: 'The installation of contract {contractId} is outside what you may read',
  },
  'installation-contract-unknown': { zh: '没有合同 {contractId}', en: 'No contract {contractId}' },
};

const milestoneLabel = (value: unknown): LocalizedText | undefined =>
  typeof value === 'string' && value in INSTALLATION_MILESTONE_LABELS
    ? INSTALLATION_MILESTONE_LABELS[value as InstallationMilestone]
    : undefined;

/** How the installation slice's error details read to people. */
export const INSTALLATION_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  personId: (value, details) => personLabel(value, details),
  issuedBy: (value, details) => personLabel(value, details),
  role: (value) => (typeof value === 'string' ? ROLE_LABELS[value as Role] : { zh: '无角色', en: 'no role' }),
  milestone: milestoneLabel,
  missing: milestoneLabel,
  previous: milestoneLabel,
};
