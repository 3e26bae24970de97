import type { EventEnvelope } from './event-envelope';
import { StreamCache } from './stream-cache';

function events(streamId: string, from: number, count: number, note = ''): EventEnvelope[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${streamId}-${from + i + 1}`,
    context: 'targets',
    streamId,
    version: from + i + 1,
    type: 'Changed',
    schemaVersion: 1,
    data: { note },
    time: '2026-11-28T00:00:00.000Z',
    actor: { userId: 'u-1', role: 'vp' },
    correlationId: 'c-1',
  }));
}

describe('StreamCache', () => {
  it('extends a stream only with the commit that directly follows what it holds', () => {
    const cache = new StreamCache();
    cache.extend('s', 0, 2, events('s', 0, 2));
    cache.extend('s', 3, 4, events('s', 3, 1)); // a gap: ignored
    expect(cache.get('s').version).toBe(2);
    cache.extend('s', 2, 3, events('s', 2, 1));
    expect(cache.get('s').events.map((e) => e.version)).toEqual([1, 2, 3]);
    // A stream seen first in the middle is not cached at all.
    cache.extend('t', 5, 6, events('t', 5, 1));
    expect(cache.get('t')).toEqual({ version: 0, events: [], publishedVersion: 0 });
  });

  it('hands out copies: a caller changing its array does not change the cache', () => {
    const cache = new StreamCache();
    cache.extend('s', 0, 2, events('s', 0, 2));
    cache.get('s').events.splice(0);
    expect(cache.get('s').events).toHaveLength(2);
  });

  it('stays within its event bound, dropping the least recently used streams', () => {
    const cache = new StreamCache({ maxEvents: 10 });
    cache.extend('a', 0, 4, events('a', 0, 4));
    cache.extend('b', 0, 4, events('b', 0, 4));
    cache.get('a');
    cache.extend('c', 0, 4, events('c', 0, 4));
    expect(cache.size.events).toBeLessThanOrEqual(10);
    expect(cache.get('b').version).toBe(0);
    expect(cache.get('a').version).toBe(4);
    expect(cache.get('c').version).toBe(4);
  });

  it('stays within its byte bound however few events hold the bytes', () => {
    const cache = new StreamCache({ maxBytes: 50_000 });
    for (let i = 0; i < 20; i++) cache.extend(`s-${i}`, 0, 1, events(`s-${i}`, 0, 1, 'x'.repeat(10_000)));
    expect(cache.size.bytes).toBeLessThanOrEqual(50_000);
    expect(cache.size.streams).toBeLessThanOrEqual(5);
    expect(cache.get('s-19').version).toBe(1);
  });
});
