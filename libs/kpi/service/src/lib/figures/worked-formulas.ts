import type { RateOrNull } from '@sales/kpi/projections';
import { formatMoney } from '@sales/shared/domain';
import { FIGURES, type FigureId } from './figure-catalogue';
import type { Computation } from './figure-values';

export type Worked = Readonly<{ zh: string; en: string }>;

/** A rate with its exact value, or why there is none. */
const result = (rate: RateOrNull): Worked =>
  rate.value === null
    ? { zh: '—（分母为零，无法计算）', en: `— (${rate.reason})` }
    : { zh: `${rate.display}（${rate.value}）`, en: `${rate.display} (${rate.value})` };

/** `名称 = 分子 a ÷ 分母 b = 83.3%（0.833333）`, in both languages. */
function ratio(
  id: FigureId,
  numerator: Worked,
  numeratorText: string,
  denominator: Worked,
  denominatorText: string,
  rate: RateOrNull,
): Worked {
  const { name } = FIGURES[id];
  const r = result(rate);
  return {
    zh: `${name.zh} = ${numerator.zh} ${numeratorText} ÷ ${denominator.zh} ${denominatorText} = ${r.zh}`,
    en: `${name.en} = ${numerator.en} ${numeratorText} ÷ ${denominator.en} ${denominatorText} = ${r.en}`,
  };
}

/** The formula of a figure with the numbers of the computation put in (money in 元 with separators). */
export function workedFormula(id: FigureId, c: Computation): Worked {
  const yuan = (minor: number) => formatMoney(minor, c.currency);
  const target = (minor: number | null) => (minor === null ? '—' : yuan(minor));
  const { sales, collections, visits, customers, expenses, checkIns } = c;
  const signed = {
    zh: '本期签约合同金额（含税）',
    en: 'contract amount signed in the period (tax-inclusive)',
  };
  const margin = { zh: '本期签约合同毛利', en: 'gross margin of contracts signed in the period' };
  const received = { zh: '本期回款', en: 'payments received in the period' };
  switch (id) {
    case 'P1.realistic':
    case 'P1.stretch': {
      const level = id === 'P1.realistic' ? 'realistic' : 'stretch';
      const goal = level === 'realistic' ? sales.p1.targetRealisticMinor : sales.p1.targetStretchMinor;
      const what = {
        zh: `本期销售额目标（${level === 'realistic' ? '现实' : '理想'}）`,
        en: `the period’s sales target (${level})`,
      };
      return ratio(id, signed, yuan(sales.signedMinor), what, target(goal), sales.p1[level]);
    }
    case 'P2.realistic':
    case 'P2.stretch': {
      const level = id === 'P2.realistic' ? 'realistic' : 'stretch';
      const goal = level === 'realistic' ? sales.p2.targetRealisticMinor : sales.p2.targetStretchMinor;
      const what = {
        zh: `本期毛利目标（${level === 'realistic' ? '现实' : '理想'}）`,
        en: `the period’s gross-margin target (${level})`,
      };
      return ratio(id, margin, yuan(sales.grossMarginMinor), what, target(goal), sales.p2[level]);
    }
    case 'P3': {
      const total = collections.openingMinor + collections.fallingDueMinor;
      return ratio(
        id,
        received,
        yuan(collections.receivedMinor),
        {
          zh: '（期初应收余额 + 本期到期金额）',
          en: '(receivables outstanding at the start + amounts falling due)',
        },
        `(${yuan(collections.openingMinor)} + ${yuan(collections.fallingDueMinor)} = ${yuan(total)})`,
        collections.p3,
      );
    }
    case 'P4': {
      const days = visits.explain.spells
        .map((s) => `${s.personId} ${s.from}~${s.to} ${s.workingDays}`)
        .join('，');
      const w = ratio(
        id,
        { zh: '访问户数', en: 'customers visited' },
        String(visits.visits),
        { zh: '工作日数', en: 'working days' },
        String(visits.workingDays),
        visits.figure,
      );
      return {
        zh: `${w.zh}${days ? `（各业务员工作日：${days}）` : ''}`,
        en: `${w.en}${days ? ` (salespeople’s working days: ${days})` : ''}`,
      };
    }
    case 'P5.owned':
      return {
        zh: `期末拥有客户数 = ${customers.ownedAtEnd}`,
        en: `customers owned at the period’s end = ${customers.ownedAtEnd}`,
      };
    case 'P5.new':
      return {
        zh: `本期新增客户数 = ${customers.newInPeriod}`,
        en: `new customers in the period = ${customers.newInPeriod}`,
      };
    case 'P5.byGrade': {
      const g = customers.byGrade;
      const list = `A ${g.A}, B ${g.B}, C ${g.C}, D ${g.D}`;
      return {
        zh: `客户等级分布：${list}，未评级 ${g.ungraded}`,
        en: `customers by grade: ${list}, ungraded ${g.ungraded}`,
      };
    }
    case 'P6': {
      const lines = sales.p6.map(
        (l) => `${l.productLineId} ${yuan(l.amountMinor)} ÷ ${yuan(sales.signedMinor)} = ${l.share.display}`,
      );
      return {
        zh: `产品比例：${lines.join('；') || '本期无签约'}`,
        en: `product mix: ${lines.join('; ') || 'nothing signed'}`,
      };
    }
    case 'P7.collections.realistic':
    case 'P7.collections.stretch': {
      const level = id === 'P7.collections.realistic' ? 'realistic' : 'stretch';
      const goal =
        level === 'realistic' ? collections.attainment.targetRealisticMinor : c.collectionsStretchMinor;
      const what = {
        zh: `本期回款目标（${level === 'realistic' ? '现实' : '理想'}）`,
        en: `the period’s collections target (${level})`,
      };
      return ratio(
        id,
        received,
        yuan(collections.receivedMinor),
        what,
        target(goal),
        collections.attainment[level],
      );
    }
    case 'P7.expenses':
      return ratio(
        id,
        { zh: '本期已批准费用', en: 'approved expenses in the period' },
        yuan(expenses.spentMinor),
        { zh: '本期费用预算', en: 'the period’s expense budget' },
        target(expenses.budgetMinor),
        expenses.used,
      );
    case 'P7.newPotential':
      return {
        zh: `新增潜在客户数 = ${customers.newPotential}`,
        en: `new potential customers = ${customers.newPotential}`,
      };
    case 'P7.checkIns':
      return ratio(
        id,
        {
          zh: `签到达标的外出天数（截至 ${c.checkInsUntil}）`,
          en: `days out with enough check-ins (up to ${c.checkInsUntil})`,
        },
        String(checkIns.compliantDays),
        { zh: '外出天数', en: 'days out' },
        String(checkIns.daysOut),
        checkIns.compliance,
      );
    case 'P7.overdueRevisits': {
      const { revisits } = c;
      const parts = revisits.rows.map((r) => `${r.customerId}（${r.grade}，${r.dueOn}）`);
      const share = result(revisits.overdueShare);
      return {
        zh: `截至 ${revisits.on} 回访逾期客户数 = ${parts.length ? `${parts.join('、')} = ` : ''}${revisits.overdue}；逾期占比 = ${revisits.overdue} ÷ 设有回访周期的客户 ${revisits.withCadence} = ${share.zh}`,
        en: `overdue revisits on ${revisits.on} = ${parts.length ? `${revisits.rows.map((r) => `${r.customerId} (${r.grade}, due ${r.dueOn})`).join(', ')} = ` : ''}${revisits.overdue}; overdue share = ${revisits.overdue} ÷ customers with a cadence ${revisits.withCadence} = ${share.en}`,
      };
    }
    case 'P7.overdueReceivables': {
      const parts = c.overdue.contracts.map(
        (x) => `${x.contractId} ${yuan(x.dueMinor)} − ${yuan(x.paidMinor)}`,
      );
      const sum = yuan(c.overdue.overdueMinor);
      return {
        zh: `截至 ${c.overdueOn} 逾期应收 = ${parts.length ? `${parts.join(' + ')} = ` : ''}${sum}`,
        en: `overdue receivables on ${c.overdueOn} = ${parts.length ? `${parts.join(' + ')} = ` : ''}${sum}`,
      };
    }
  }
}
