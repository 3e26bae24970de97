import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { chunksOf, maxBatchSizeOf, processBatch, type PartitionMessage } from './batch-processor';
import { toTransportMessage } from './cloud-events';
import { DLQ } from './dead-letter';
import { anEvent } from './event-bus.contract-fixtures';
import type { BatchDelivery, BatchSubscription } from './event-bus.port';
import { ProcessedEventGuard } from './processed-event-guard';

type Handled = Readonly<{ events: readonly EventEnvelope[]; delivery: BatchDelivery }>;

function setup(handleBatch?: BatchSubscription['handleBatch']) {
  const handled: Handled[] = [];
  const dead: Array<{ offset: string; headers: Record<string, string> }> = [];
  const guard = new ProcessedEventGuard();
  const run = (messages: PartitionMessage[], signal = new AbortController().signal) =>
    processBatch({
      subscription: {
        groupId: 'kpi-projector.v1',
        topics: ['sales.contracts.events'],
        retry: { attempts: 2, initialBackoffMs: 1, maxBackoffMs: 1 },
        handleBatch:
          handleBatch ?? (async (events, delivery) => void handled.push({ events: [...events], delivery })),
      },
      guard,
      signal,
      topic: 'sales.contracts.events',
      partition: 2,
      messages,
      eventsBehind: 7,
      lastPublishedAt: '2026-03-01T01:30:00.000Z',
      deadLetter: async ({ offset }, headers) => void dead.push({ offset, headers }),
    });
  return { handled, dead, guard, run };
}

const at = (offset: number, event: EventEnvelope): PartitionMessage => ({
  offset: String(offset),
  message: toTransportMessage(event),
});
const garbage = (offset: number): PartitionMessage => ({
  offset: String(offset),
  message: { key: 'k', value: 'plain text', headers: {} },
});

describe('processBatch', () => {
  it('dead-letters unparseable messages before the handler runs, and leaves them out of the batch', async () => {
    const [a, b] = [anEvent(), anEvent()];
    const { handled, dead, run } = setup();

    expect(await run([at(10, a), garbage(11), at(12, b), garbage(13)])).toBe('commit');

    expect(dead.map((d) => [d.offset, d.headers[DLQ.attempts], d.headers[DLQ.errorCode]])).toEqual([
      ['11', '0', 'poison-message'],
      ['13', '0', 'poison-message'],
    ]);
    expect(handled).toStrictEqual([
      {
        events: [a, b],
        delivery: {
          topic: 'sales.contracts.events',
          partition: 2,
          firstOffset: '10',
          lastOffset: '13',
          attempt: 1,
          eventsBehind: 7,
          lastPublishedAt: '2026-03-01T01:30:00.000Z',
        },
      },
    ]);
  });

  it('leaves out ids already handled, in this batch or an earlier one, yet still reports the position', async () => {
    const [a, b] = [anEvent(), anEvent()];
    const { handled, run } = setup();
    await run([at(0, a), at(1, a), at(2, b)]);
    await run([at(3, b), garbage(4)]);

    expect(handled.map((h) => h.events)).toStrictEqual([[a, b], []]);
    expect(handled[1].delivery).toMatchObject({ firstOffset: '3', lastOffset: '4', eventsBehind: 7 });
  });

  it('on exhausted retries dead-letters each message of the batch with its own offset', async () => {
    const [a, b] = [anEvent(), anEvent()];
    const attempts: number[] = [];
    const { dead, guard, run } = setup(async (_events, delivery) => {
      attempts.push(delivery.attempt);
      throw new Error('database down');
    });

    expect(await run([at(5, a), at(6, b)])).toBe('commit');

    expect(attempts).toEqual([1, 2]);
    expect(dead.map((d) => [d.offset, d.headers[DLQ.attempts], d.headers[DLQ.error]])).toEqual([
      ['5', '2', 'Error: database down'],
      ['6', '2', 'Error: database down'],
    ]);
    expect(guard.has(a.id)).toBe(false);
  });

  it('gives up a batch whose retry was interrupted by stop(), uncommitted and not dead-lettered', async () => {
    const abort = new AbortController();
    const { dead, run } = setup(async () => {
      abort.abort();
      throw new Error('database down');
    });
    expect(await run([at(0, anEvent())], abort.signal)).toBe('interrupted');
    expect(dead).toEqual([]);
  });
});

describe('batch sizes', () => {
  it('cuts into consecutive chunks of at most the size', () => {
    expect(chunksOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunksOf([], 2)).toEqual([]);
  });

  it('defaults to 500 and refuses a size that is not a positive integer', () => {
    const subscription = { groupId: 'g', topics: ['t'], handleBatch: async () => undefined };
    expect(maxBatchSizeOf(subscription)).toBe(500);
    expect(() => maxBatchSizeOf({ ...subscription, maxBatchSize: 0 })).toThrow(RangeError);
    expect(() => maxBatchSizeOf({ ...subscription, maxBatchSize: 2.5 })).toThrow(RangeError);
  });
});
