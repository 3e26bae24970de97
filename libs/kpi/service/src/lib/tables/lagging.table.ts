import { type Period, type RateOrNull, laggingList } from '@sales/kpi/projections';
import type { BusinessDate } from '@sales/shared/domain';
import type { FigureId } from '../figures/figure-catalogue';
import { type MoneyAmount, money } from '../figures/figure-values';
import { type PersonFigures, rateOf, targetOf } from './table-basis';
import type { TableColumn } from './table-export';
import { partsOf } from './rankings.table';

/** 拖后腿: one person behind the target pro-rated to the date, and by how much. */
export type LaggingRow = Readonly<{
  personId: string;
  name: string;
  divisionId: string | null;
  divisionName: string | null;
  achieved: MoneyAmount;
  /** The whole period's target. */
  target: MoneyAmount;
  /** The target pro-rated to the date (calendar days gone, the date included). */
  proratedTarget: MoneyAmount;
  shortfall: MoneyAmount;
  /** achieved ÷ pro-rated target. */
  pace: RateOrNull;
}>;

/** P8 lagging list by the figure's numerator and target, largest shortfall first (the pure `laggingList`). */
export function laggingRows(
  people: readonly PersonFigures[],
  figure: FigureId,
  period: Period,
  date: BusinessDate,
  currency: string,
): LaggingRow[] {
  const byId = new Map(people.map((p) => [p.person.id, p]));
  const m = (minor: number) => money(minor, currency);
  const rows = people.map((p) => ({
    subjectId: p.person.id,
    achieved: rateOf(p.figures.get(figure)).numerator,
    target: targetOf(p.figures.get(figure)),
    rate: rateOf(p.figures.get(figure)),
  }));
  const targets = new Map(rows.map((r) => [r.subjectId, r.target ?? 0]));
  return laggingList(rows, period, date).map((lag) => {
    const p = byId.get(lag.subjectId) as PersonFigures;
    return {
      personId: p.person.id,
      name: p.person.name,
      divisionId: p.person.divisionId,
      divisionName: p.divisionName,
      achieved: m(lag.achieved),
      target: m(targets.get(lag.subjectId) ?? 0),
      proratedTarget: m(lag.proratedTarget),
      shortfall: m(lag.shortfall),
      pace: lag.pace,
    };
  });
}

const asMoney = (amount: MoneyAmount) => ({ minor: amount.amountMinor, currency: amount.currency });

/** 姓名, 事业部, 完成, 期间目标, 进度目标, 差额, 进度完成率 (amounts in 元). */
export function laggingColumns(figure: FigureId): TableColumn<LaggingRow>[] {
  const parts = partsOf(figure);
  return [
    { header: { zh: '姓名', en: 'name' }, kind: 'text', value: (r) => r.name },
    { header: { zh: '事业部', en: 'division' }, kind: 'text', value: (r) => r.divisionName },
    { header: parts.achieved, kind: 'money', value: (r) => asMoney(r.achieved) },
    {
      header: { zh: `本期${parts.target.zh}`, en: parts.target.en },
      kind: 'money',
      value: (r) => asMoney(r.target),
    },
    {
      header: { zh: '截至当日进度目标', en: 'target pro-rated to the date' },
      kind: 'money',
      value: (r) => asMoney(r.proratedTarget),
    },
    { header: { zh: '差额', en: 'shortfall' }, kind: 'money', value: (r) => asMoney(r.shortfall) },
    { header: { zh: '进度完成率', en: 'pace' }, kind: 'rate', value: (r) => r.pace },
  ];
}
