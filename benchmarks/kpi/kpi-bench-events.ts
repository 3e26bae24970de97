import { type GeneratedEvent, generatePublishedEvents } from '@sales/kpi/testing';

/** The end of 2027 in the company's zone (Asia/Shanghai, +08:00). */
const END_OF_2027 = '2027-12-31T16:00:00.000Z';

export type YearOfEvents = Readonly<{
  /** Everything the generated department published in 2027 (recorded before the end of the year). */
  year: readonly GeneratedEvent[];
  /** What it published after: the steady load of the visibility section. */
  after: readonly GeneratedEvent[];
  /** Events per type in the year, for the report. */
  byType: Record<string, number>;
  people: { salespeople: number; managers: number; others: number };
}>;

/**
 * A year of demo-like data: the crash test's generator (libs/kpi/testing, a department of two
 * divisions and 12 salespeople registering, visiting, signing, invoicing and collecting every
 * working day from 2027-01-04) run past the end of 2027 and cut there. The generator is seeded and
 * appends day by day, so the cut is exactly "the year" whatever the count asked for.
 */
export function yearOfEvents(): YearOfEvents {
  const all = generatePublishedEvents({ events: 25_000 });
  const cut = all.findIndex((e) => e.envelope.time >= END_OF_2027);
  if (cut < 0) throw new Error('the generator did not reach 2028: ask it for more events');
  const year = all.slice(0, cut);
  const byType: Record<string, number> = {};
  for (const { envelope } of year) byType[envelope.type] = (byType[envelope.type] ?? 0) + 1;
  const roles = year
    .filter((e) => e.envelope.type === 'PersonHired')
    .map((e) => (e.envelope.data as { role: string }).role);
  return {
    year,
    after: all.slice(cut),
    byType,
    people: {
      salespeople: roles.filter((r) => r === 'salesperson').length,
      managers: roles.filter((r) => r === 'division_manager').length,
      others: roles.filter((r) => r !== 'salesperson' && r !== 'division_manager').length,
    },
  };
}

/** `count` generated events of a department's activity over several years (another seed). */
export function manyEvents(count: number): readonly GeneratedEvent[] {
  return generatePublishedEvents({ events: count, seed: 7 }).slice(0, count);
}
