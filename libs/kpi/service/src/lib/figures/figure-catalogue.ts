import {
  CHECK_IN_COMPLIANCE_FORMULA,
  COLLECTIONS_ATTAINMENT_FORMULA,
  EXPENSE_FORMULA,
  NEW_POTENTIAL_FORMULA,
  OVERDUE_RECEIVABLES_FORMULA,
  OVERDUE_REVISITS_FORMULA,
  P1_FORMULA,
  P2_FORMULA,
  P3_FORMULA,
  P4_FORMULA,
  P5_FORMULA,
  P6_FORMULA,
} from '@sales/kpi/projections';
import type { LocalizedText } from '@sales/shared/domain';

/** Every figure the API answers for a subject and period, with its name and DOMAIN.md formula. */
export const FIGURES = {
  'P1.realistic': {
    name: { zh: '销售目标达成率（现实目标）', en: 'sales attainment (realistic)' },
    formula: P1_FORMULA,
  },
  'P1.stretch': {
    name: { zh: '销售目标达成率（理想目标）', en: 'sales attainment (stretch)' },
    formula: P1_FORMULA,
  },
  'P2.realistic': {
    name: { zh: '毛利目标达成率（现实目标）', en: 'gross-margin attainment (realistic)' },
    formula: P2_FORMULA,
  },
  'P2.stretch': {
    name: { zh: '毛利目标达成率（理想目标）', en: 'gross-margin attainment (stretch)' },
    formula: P2_FORMULA,
  },
  P3: { name: { zh: '应收账款回收率', en: 'collection rate' }, formula: P3_FORMULA },
  P4: { name: { zh: '每天平均访问户数', en: 'customers visited per working day' }, formula: P4_FORMULA },
  'P5.owned': {
    name: { zh: '期末拥有客户数', en: 'customers owned at the period’s end' },
    formula: P5_FORMULA,
  },
  'P5.new': { name: { zh: '本期新增客户数', en: 'new customers in the period' }, formula: P5_FORMULA },
  'P5.byGrade': { name: { zh: '客户等级分布', en: 'customers by grade' }, formula: P5_FORMULA },
  P6: { name: { zh: '产品比例', en: 'product mix' }, formula: P6_FORMULA },
  'P7.collections.realistic': {
    name: { zh: '回款达成率（现实目标）', en: 'collections attainment (realistic)' },
    formula: COLLECTIONS_ATTAINMENT_FORMULA,
  },
  'P7.collections.stretch': {
    name: { zh: '回款达成率（理想目标）', en: 'collections attainment (stretch)' },
    formula: COLLECTIONS_ATTAINMENT_FORMULA,
  },
  'P7.expenses': { name: { zh: '费用预算使用率', en: 'expense vs budget' }, formula: EXPENSE_FORMULA },
  'P7.newPotential': {
    name: { zh: '新增潜在客户数', en: 'new potential customers' },
    formula: NEW_POTENTIAL_FORMULA,
  },
  'P7.checkIns': {
    name: { zh: '外出联系汇报合规率', en: 'check-in compliance' },
    formula: CHECK_IN_COMPLIANCE_FORMULA,
  },
  'P7.overdueRevisits': {
    name: { zh: '回访逾期客户数', en: 'overdue revisits' },
    formula: OVERDUE_REVISITS_FORMULA,
  },
  'P7.overdueReceivables': {
    name: { zh: '逾期应收账款', en: 'overdue receivables' },
    formula: OVERDUE_RECEIVABLES_FORMULA,
  },
} as const satisfies Record<string, Readonly<{ name: LocalizedText; formula: LocalizedText }>>;

export type FigureId = keyof typeof FIGURES;

export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];

export function isFigureId(value: string): value is FigureId {
  return Object.hasOwn(FIGURES, value);
}

/** Every figure's formula as one text, for the OpenAPI descriptions of the routes. */
export function formulasForDocs(): string {
  const seen = new Set<string>();
  return FIGURE_IDS.map((id) => {
    const { name, formula } = FIGURES[id];
    const text = seen.has(formula.zh)
      ? '（公式同上 same formula as above）'
      : `${formula.zh} / ${formula.en}`;
    seen.add(formula.zh);
    return `- **${id}** ${name.zh} ${name.en}: ${text}`;
  }).join('\n');
}
