import type { DetailsWithNames, LocalizedText } from '@sales/shared/domain';
import { subjectLabel } from './figures-errors';

/**
 * zh-CN/en texts of the KPI tables' refusals (P8 rankings, the 拖后腿 lagging list, a division's
 * people × KPIs): parameters they cannot read (400, naming the parameter in `field`) and tables the
 * caller may not see (403).
 */
export const TABLES_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'invalid-within': {
    zh: '范围（{field}）须为 company（全公司）或 division:<事业部编号>，收到“{value}”',
    en: 'The scope ({field}) must be company or division:<division id>, got “{value}”',
  },
  'unknown-table-division': {
    zh: '事业部（{field}）{divisionId} 不在组织架构中',
    en: 'The division ({field}) {divisionId} is not in the org tree',
  },
  'figure-not-rankable': {
    zh: '指标（{field}）“{value}”不能用于此表；可选：{known}',
    en: 'The figure “{value}” ({field}) cannot be used for this table; one of: {known}',
  },
  'invalid-table-format': {
    zh: '格式（{field}）须为 json、csv 或 xlsx，收到“{value}”',
    en: 'The format ({field}) must be json, csv or xlsx, got “{value}”',
  },
  'kpi-table-not-allowed': {
    zh: '{role}无权查看{table}：拖后腿名单限事业部经理（本事业部）、业务副总、总经理、市场部主管和系统管理员；事业部人员指标表限该事业部经理及以上',
    en: 'A {role} may not see the {table}: the lagging list is for division managers (their division), the VP, general manager, sales admin and admin; a division’s people table for its manager and above',
  },
  'kpi-table-outside-scope': {
    zh: '{role}无权查看{within}的{table}（事业部经理只能看本事业部）',
    en: 'A {role} may not see the {table} of {within} (a division manager sees their own division)',
  },
};

const TABLES: Readonly<Record<string, LocalizedText>> = {
  rankings: { zh: '排名', en: 'rankings' },
  lagging: { zh: '拖后腿名单', en: 'lagging list' },
  people: { zh: '事业部人员指标表', en: 'people × KPIs table' },
};

/** How the tables' error details read to people. */
export const TABLES_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  within: subjectLabel,
  table: (value) => TABLES[String(value)],
};
