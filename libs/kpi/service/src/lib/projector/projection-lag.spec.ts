import { ProjectionLag } from './projection-lag';

describe('ProjectionLag', () => {
  const topics = ['sales.org.events', 'sales.contracts.events'];

  it('sums events behind over a topic’s partitions and ages the oldest waiting one in seconds', () => {
    let now = Date.parse('2027-03-10T02:00:10Z');
    const lag = new ProjectionLag(topics, () => now);
    lag.record('sales.contracts.events', 0, { eventsBehind: 40, lastPublishedAt: '2027-03-10T02:00:04Z' });
    lag.record('sales.contracts.events', 2, { eventsBehind: 2, lastPublishedAt: '2027-03-10T02:00:07Z' });
    expect(lag.byTopic()).toEqual([
      { topic: 'sales.org.events', eventsBehind: 0, secondsBehind: 0 },
      { topic: 'sales.contracts.events', eventsBehind: 42, secondsBehind: 6 },
    ]);
    now += 1_000;
    lag.record('sales.contracts.events', 0, { eventsBehind: 0, lastPublishedAt: '2027-03-10T02:00:09Z' });
    expect(lag.byTopic()[1]).toEqual({ topic: 'sales.contracts.events', eventsBehind: 2, secondsBehind: 4 });
  });

  it('is settled only with nothing waiting and no batch for the idle time', () => {
    let now = 0;
    const lag = new ProjectionLag(topics, () => now);
    lag.record('sales.org.events', 1, { eventsBehind: 3, lastPublishedAt: null });
    now = 5_000;
    expect(lag.settled(1_000)).toBe(false);
    lag.record('sales.org.events', 1, { eventsBehind: 0, lastPublishedAt: null });
    expect(lag.settled(1_000)).toBe(false);
    now = 6_000;
    expect(lag.settled(1_000)).toBe(true);
  });
});
