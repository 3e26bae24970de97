import type { LocalizedText } from '@sales/shared/domain';

/** zh-CN/en texts of the KPI projector's operator routes and the read model's versions. */
export const PROJECTOR_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'kpi-projector-admin-only': {
    zh: 'KPI 读模型的状态和重建仅限系统管理员，{role}无权操作',
    en: 'The KPI read model’s status and rebuild are for the system administrator; a {role} may not use them',
  },
  'rebuild-in-progress': {
    zh: '读模型第 {version} 版正在重建，完成后才能再次重建',
    en: 'Version {version} of the read model is being rebuilt; a new rebuild can start once it is done',
  },
  'fact-version-active': {
    zh: '读模型第 {version} 版正在使用，不能删除；请先切换到其他版本',
    en: 'Version {version} of the read model is the one in use and cannot be dropped; switch to another first',
  },
  'fact-version-unknown': {
    zh: '读模型没有第 {version} 版（或已删除）',
    en: 'The read model has no version {version} (or it was dropped)',
  },
};
