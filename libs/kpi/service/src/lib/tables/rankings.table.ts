import { type RateOrNull, rank } from '@sales/kpi/projections';
import type { OrgTree } from '@sales/org/events';
import type { Actor, LocalizedText, Money } from '@sales/shared/domain';
import { FIGURES, type FigureId } from '../figures/figure-catalogue';
import { type MoneyAmount, money } from '../figures/figure-values';
import { type PersonFigures, rateOf } from './table-basis';
import type { TableColumn } from './table-export';
import { mayShowAmounts } from './table-scope';

/** What a ranking's figure is made of: its numerator and denominator, named (money, or counts for P4). */
const PARTS: Readonly<
  Record<string, Readonly<{ achieved: LocalizedText; target: LocalizedText; counts?: true }>>
> = {
  P1: { achieved: { zh: '签约额', en: 'signed' }, target: { zh: '销售目标', en: 'sales target' } },
  P2: { achieved: { zh: '毛利', en: 'gross margin' }, target: { zh: '毛利目标', en: 'gross-margin target' } },
  P3: {
    achieved: { zh: '回款', en: 'received' },
    target: { zh: '应收（期初+本期到期）', en: 'receivable (opening + falling due)' },
  },
  P4: {
    achieved: { zh: '拜访户数', en: 'customers visited' },
    target: { zh: '工作日数', en: 'working days' },
    counts: true,
  },
  P7: { achieved: { zh: '回款', en: 'received' }, target: { zh: '回款目标', en: 'collections target' } },
};

export const partsOf = (figure: FigureId) => PARTS[figure.split('.')[0]];

/** One place in a ranking; another's amounts and rate are left out where the caller may not see them. */
export type RankingRow = Readonly<{
  place: number | null;
  personId: string;
  name: string;
  divisionId: string | null;
  divisionName: string | null;
  /** Whether the caller sees this row's rate and amounts (their own, their division's, or everyone's). */
  shown: boolean;
  value: RateOrNull | null;
  achieved: MoneyAmount | number | null;
  target: MoneyAmount | number | null;
}>;

/** P8: the people's places by the figure (ties share a place, no rate last), with what each may see. */
export function rankingRows(
  people: readonly PersonFigures[],
  figure: FigureId,
  actor: Actor,
  today: OrgTree,
  currency: string,
): RankingRow[] {
  const byId = new Map(people.map((p) => [p.person.id, p]));
  const counts = partsOf(figure).counts === true;
  const part = (value: number) => (counts ? value : money(value, currency));
  return rank(
    people.map((p) => {
      const rate = rateOf(p.figures.get(figure));
      return {
        subjectId: p.person.id,
        achieved: rate.numerator,
        target: rate.value === null ? null : rate.denominator,
        rate,
      };
    }),
  ).map((ranked) => {
    const p = byId.get(ranked.subjectId) as PersonFigures;
    const shown = mayShowAmounts(actor, p.person.id, today);
    return {
      place: ranked.place,
      personId: p.person.id,
      name: p.person.name,
      divisionId: p.person.divisionId,
      divisionName: p.divisionName,
      shown,
      value: shown ? ranked.rate : null,
      achieved: shown ? part(ranked.rate.numerator) : null,
      target: shown && ranked.rate.denominator !== 0 ? part(ranked.rate.denominator) : null,
    };
  });
}

const asMoney = (value: MoneyAmount | number | null): Money | null =>
  value === null || typeof value === 'number' ? null : { minor: value.amountMinor, currency: value.currency };
const asCount = (value: MoneyAmount | number | null): number | null =>
  typeof value === 'number' ? value : null;

/** 名次, 姓名, 事业部, the figure's rate, and its parts (元, or counts for P4). */
export function rankingColumns(figure: FigureId): TableColumn<RankingRow>[] {
  const parts = partsOf(figure);
  const head: TableColumn<RankingRow>[] = [
    { header: { zh: '名次', en: 'place' }, kind: 'integer', value: (r) => r.place },
    { header: { zh: '姓名', en: 'name' }, kind: 'text', value: (r) => r.name },
    { header: { zh: '事业部', en: 'division' }, kind: 'text', value: (r) => r.divisionName },
    { header: FIGURES[figure].name, kind: 'rate', value: (r) => r.value },
  ];
  const tail: TableColumn<RankingRow>[] = parts.counts
    ? [
        { header: parts.achieved, kind: 'integer', value: (r) => asCount(r.achieved) },
        { header: parts.target, kind: 'integer', value: (r) => asCount(r.target) },
      ]
    : [
        { header: parts.achieved, kind: 'money', value: (r) => asMoney(r.achieved) },
        { header: parts.target, kind: 'money', value: (r) => asMoney(r.target) },
      ];
  return [...head, ...tail];
}
