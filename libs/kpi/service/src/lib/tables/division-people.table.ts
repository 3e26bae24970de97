import type { RateOrNull } from '@sales/kpi/projections';
import type { LocalizedText, Money } from '@sales/shared/domain';
import type { FigureId } from '../figures/figure-catalogue';
import type { Figure, MoneyAmount } from '../figures/figure-values';
import type { PersonFigures } from './table-basis';
import type { TableColumn } from './table-export';

/** One row of a division's people × KPIs: a salesperson, or the division's total. */
export type PeopleRow = Readonly<{
  personId: string | null;
  name: string;
  p1Realistic: RateOrNull;
  signed: MoneyAmount;
  salesTarget: MoneyAmount | null;
  p2Realistic: RateOrNull;
  p3: RateOrNull;
  p4: RateOrNull;
  owned: number;
  newCustomers: number;
  p7Collections: RateOrNull;
  received: MoneyAmount;
}>;

/** The row of one subject's figures (a person's, or the division's with `personId` null). */
export function peopleRow(
  personId: string | null,
  name: string,
  figures: ReadonlyMap<FigureId, Figure>,
): PeopleRow {
  const get = (id: FigureId) => figures.get(id) as Figure;
  const rate = (id: FigureId) => get(id).value as RateOrNull;
  const input = <T>(id: FigureId, key: string) => get(id).inputs[key] as T;
  return {
    personId,
    name,
    p1Realistic: rate('P1.realistic'),
    signed: input<MoneyAmount>('P1.realistic', 'signed'),
    salesTarget: input<MoneyAmount | null>('P1.realistic', 'target'),
    p2Realistic: rate('P2.realistic'),
    p3: rate('P3'),
    p4: rate('P4'),
    owned: get('P5.owned').value as number,
    newCustomers: get('P5.new').value as number,
    p7Collections: rate('P7.collections.realistic'),
    received: input<MoneyAmount>('P7.collections.realistic', 'received'),
  };
}

export const personRow = (p: PersonFigures): PeopleRow => peopleRow(p.person.id, p.person.name, p.figures);

const asMoney = (amount: MoneyAmount | null): Money | null =>
  amount === null ? null : { minor: amount.amountMinor, currency: amount.currency };

const text = (zh: string, en: string): LocalizedText => ({ zh, en });

/** 姓名 × P1 (rate, 签约额, 目标), P2, P3, P4, P5 owned/new, P7 回款达成率 and 回款. */
export const PEOPLE_COLUMNS: readonly TableColumn<PeopleRow>[] = [
  { header: text('姓名', 'name'), kind: 'text', value: (r) => r.name },
  { header: text('销售目标达成率（现实）', 'P1 realistic'), kind: 'rate', value: (r) => r.p1Realistic },
  { header: text('签约额', 'signed'), kind: 'money', value: (r) => asMoney(r.signed) },
  { header: text('销售目标（现实）', 'sales target'), kind: 'money', value: (r) => asMoney(r.salesTarget) },
  { header: text('毛利目标达成率（现实）', 'P2 realistic'), kind: 'rate', value: (r) => r.p2Realistic },
  { header: text('应收账款回收率', 'P3'), kind: 'rate', value: (r) => r.p3 },
  { header: text('每天平均访问户数', 'P4'), kind: 'rate', value: (r) => r.p4 },
  { header: text('期末拥有客户数', 'P5 owned'), kind: 'integer', value: (r) => r.owned },
  { header: text('本期新增客户数', 'P5 new'), kind: 'integer', value: (r) => r.newCustomers },
  { header: text('回款达成率（现实）', 'P7 collections'), kind: 'rate', value: (r) => r.p7Collections },
  { header: text('回款', 'received'), kind: 'money', value: (r) => asMoney(r.received) },
];
