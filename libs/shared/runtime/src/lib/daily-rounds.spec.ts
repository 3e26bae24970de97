import { SettableClock } from '@sales/shared/domain';
import { type DailyRound, DailyRounds } from './daily-rounds';

const silent = { info: () => undefined, error: () => undefined };

/** A job over items a–c with a rules version; `fail` makes an item throw; visits are recorded. */
function job(options: { version?: () => number; fail?: Set<string> } = {}) {
  const visits: string[] = [];
  const round: DailyRound<string, { version: number }, string> = {
    name: 'spec',
    circumstances: async () => ({ version: options.version?.() ?? 0 }),
    key: (today, { version }) => `${today}/${version}`,
    items: async () => ['a', 'b', 'c'],
    visit: async (item, today) => {
      if (options.fail?.has(item)) throw new Error(`${item} failed`);
      visits.push(`${today}:${item}`);
      return item.toUpperCase();
    },
  };
  return { round, visits };
}

describe('DailyRounds: a daily job on the Clock', () => {
  const clock = () => new SettableClock(new Date('2027-02-01T09:00:00+08:00'));

  it('visits every item once per business day; a second tick the same day is skipped', async () => {
    const { round, visits } = job();
    const rounds = new DailyRounds(round, clock(), silent, { intervalMs: 0 });
    expect(await rounds.runIfDue()).toMatchObject({
      today: '2027-02-01',
      key: '2027-02-01/0',
      skipped: false,
      visited: 3,
      failed: 0,
      outcomes: [
        { item: 'a', outcome: 'A' },
        { item: 'b', outcome: 'B' },
        { item: 'c', outcome: 'C' },
      ],
    });
    expect(await rounds.runIfDue()).toMatchObject({ skipped: true, visited: 0 });
    expect(visits).toEqual(['2027-02-01:a', '2027-02-01:b', '2027-02-01:c']);
  });

  it('a new business day (in the company zone) is a new round', async () => {
    const { round, visits } = job();
    const time = clock();
    const rounds = new DailyRounds(round, time, silent, { intervalMs: 0 });
    await rounds.runIfDue();
    time.set('2027-02-01T23:59:00+08:00');
    expect((await rounds.runIfDue()).skipped).toBe(true);
    time.set('2027-02-02T00:00:30+08:00');
    expect(await rounds.runIfDue()).toMatchObject({ today: '2027-02-02', skipped: false, visited: 3 });
    expect(visits.filter((v) => v.startsWith('2027-02-02'))).toHaveLength(3);
  });

  it('a new rules version the same day is a new round (the key names it)', async () => {
    let version = 1;
    const { round } = job({ version: () => version });
    const rounds = new DailyRounds(round, clock(), silent, { intervalMs: 0 });
    await rounds.runIfDue();
    version = 2;
    expect(await rounds.runIfDue()).toMatchObject({ key: '2027-02-01/2', skipped: false });
  });

  it('circumstances see the last completed round: a job can tell a new version from a new day', async () => {
    let version = 1;
    const seen: (string | undefined)[] = [];
    const round: DailyRound<string, { version: number; newVersion: boolean }, void> = {
      name: 'versions',
      circumstances: async (_today, completed) => {
        seen.push(completed?.key);
        return {
          version,
          newVersion: completed !== undefined && completed.circumstances.version !== version,
        };
      },
      key: (today, { version: v }) => `${today}/${v}`,
      items: async (_today, { newVersion }) => [newVersion ? 'apply-policy' : 'review'],
      visit: async () => undefined,
    };
    const rounds = new DailyRounds(round, clock(), silent, { intervalMs: 0 });
    expect((await rounds.runIfDue()).outcomes.map((o) => o.item)).toEqual(['review']);
    version = 2;
    expect((await rounds.runIfDue()).outcomes.map((o) => o.item)).toEqual(['apply-policy']);
    expect(seen).toEqual([undefined, '2027-02-01/1']);
  });

  it('an item that fails does not stop the round; the round is repeated at the next tick', async () => {
    const fail = new Set(['b']);
    const { round, visits } = job({ fail });
    const rounds = new DailyRounds(round, clock(), silent, { intervalMs: 0 });
    expect(await rounds.runIfDue()).toMatchObject({ visited: 2, failed: 1, skipped: false });
    fail.clear();
    expect(await rounds.runIfDue()).toMatchObject({ visited: 3, failed: 0, skipped: false });
    expect(await rounds.runIfDue()).toMatchObject({ skipped: true });
    expect(visits.filter((v) => v.endsWith(':a'))).toHaveLength(2);
  });

  it('runOnce always runs a full round; rounds in one process never overlap', async () => {
    let inFlight = 0;
    let most = 0;
    const round: DailyRound<number, void, void> = {
      name: 'overlap',
      circumstances: async () => undefined,
      items: async () => [1, 2],
      visit: async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
      },
    };
    const rounds = new DailyRounds(round, clock(), silent, { intervalMs: 0 });
    const reports = await Promise.all([rounds.runOnce(), rounds.runOnce(), rounds.runIfDue()]);
    expect(reports.map((r) => r.skipped)).toEqual([false, false, true]);
    expect(most).toBe(1);
  });

  it('stop waits for the round in flight, which ends between items; later rounds are skipped', async () => {
    const visited: number[] = [];
    let stopping: Promise<void> | undefined;
    const round: DailyRound<number, void, void> = {
      name: 'stop',
      circumstances: async () => undefined,
      items: async () => [1, 2, 3],
      visit: async (item) => {
        visited.push(item);
        // Called during the round (rounds is assigned by then).
        if (item === 1) stopping = rounds.stop();
      },
    };
    const rounds = new DailyRounds(round, clock(), silent, { intervalMs: 0 });
    const report = await rounds.runOnce();
    await stopping;
    expect(visited).toEqual([1]);
    expect(report).toMatchObject({ visited: 1, failed: 0 });
    expect(await rounds.runOnce()).toMatchObject({ skipped: true });
  });

  it('start runs a first round at once and then on the timer', async () => {
    jest.useFakeTimers();
    try {
      const { round, visits } = job();
      const time = clock();
      const rounds = new DailyRounds(round, time, silent, { intervalMs: 1000 });
      rounds.start();
      await jest.advanceTimersByTimeAsync(10);
      expect(visits).toHaveLength(3);
      time.advanceDays(1);
      await jest.advanceTimersByTimeAsync(1000);
      expect(visits).toHaveLength(6);
      await jest.advanceTimersByTimeAsync(1000);
      expect(visits).toHaveLength(6);
      await rounds.stop();
    } finally {
      jest.useRealTimers();
    }
  });
});
