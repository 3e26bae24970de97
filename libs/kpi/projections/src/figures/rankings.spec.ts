import { quarterPeriod } from './period';
import { rate } from './rate';
import { laggingList, proratedTarget, rank, type RankRow } from './rankings';

const row = (subjectId: string, achieved: number, target: number | null): RankRow => ({
  subjectId,
  achieved,
  target,
  rate: rate(achieved, target ?? 0, 'no target'),
});

describe('P8 rankings and the lagging list', () => {
  const rows = [
    row('p-a', 90, 100),
    row('p-b', 180, 200),
    row('p-c', 120, 100),
    row('p-d', 50, null),
    row('p-e', 10, 100),
  ];

  it('ranks by rate, highest first; equal rates share a place; no target comes last, unranked', () => {
    expect(rank(rows).map((r) => [r.subjectId, r.place])).toEqual([
      ['p-c', 1],
      ['p-a', 2],
      ['p-b', 2],
      ['p-e', 4],
      ['p-d', null],
    ]);
  });

  it('pro-rates the target by calendar days gone: Q1 2027 has 90 days, 45 gone on 02-14', () => {
    const q1 = quarterPeriod(2027, 1);
    expect(proratedTarget(9_000, q1, '2027-02-14')).toBe(4_500);
    expect(proratedTarget(1_000, q1, '2027-01-01')).toBe(11); // 1000 × 1 ÷ 90 = 11.1
    expect(proratedTarget(1_000, q1, '2027-06-30')).toBe(1_000);
  });

  it('lists who is behind the pro-rated target, largest shortfall first', () => {
    const q1 = quarterPeriod(2027, 1);
    // On 02-14 the pro-rated targets are 50 (p-a, p-c, p-e) and 100 (p-b).
    const list = laggingList(
      [
        row('p-a', 60, 100),
        row('p-b', 70, 200),
        row('p-c', 20, 100),
        row('p-e', 49, 100),
        row('p-d', 0, null),
      ],
      q1,
      '2027-02-14',
    );
    expect(list.map((l) => [l.subjectId, l.proratedTarget, l.shortfall])).toEqual([
      ['p-b', 100, 30],
      ['p-c', 50, 30],
      ['p-e', 50, 1],
    ]);
    expect(list[1].pace).toMatchObject({ value: '0.400000', display: '40.0%' });
  });
});
