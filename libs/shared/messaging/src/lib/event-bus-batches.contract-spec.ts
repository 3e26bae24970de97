import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { DLQ } from './dead-letter';
import {
  aStream,
  eventually,
  FAST_RETRY,
  HandlerFailure,
  type EventBusContractFixture,
} from './event-bus.contract-fixtures';
import { deadLetterTopic, type BatchDelivery, type DeliveryContext } from './event-bus.port';

type Batch = Readonly<{ events: readonly EventEnvelope[]; delivery: BatchDelivery }>;

const versionsOf = (batches: readonly Batch[]): number[] =>
  batches.flatMap((b) => b.events.map((e) => e.version));
const count = (batches: readonly Batch[]): number => batches.reduce((n, b) => n + b.events.length, 0);
const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * `subscribeBatches`, part of the EventBus contract: run inside `describeEventBusContract`, whose
 * hooks create the fixture before each case and close its bus after.
 */
export function describeBatchSubscriptionContract(current: () => EventBusContractFixture): void {
  describe('batch subscriptions', () => {
    it('delivers every event once, in order per stream, in batches of consecutive offsets of one partition', async () => {
      const { bus, newTopic, newGroupId } = current();
      const topic = await newTopic();
      const streams = Array.from({ length: 10 }, (_, i) => aStream(`batch-${i}-${randomUUID()}`, 20));
      for (let chunk = 0; chunk < 4; chunk++) {
        await bus.publish(
          topic,
          streams.flatMap((events) => events.slice(chunk * 5, chunk * 5 + 5)),
        );
      }

      const batches: Batch[] = [];
      await bus.subscribeBatches({
        groupId: newGroupId(),
        topics: [topic],
        maxBatchSize: 7,
        handleBatch: async (events, delivery) => void batches.push({ events: [...events], delivery }),
      });
      await eventually('200 events', () => count(batches) >= 200);

      expect(count(batches)).toBe(200);
      expect(new Set(batches.flatMap((b) => b.events.map((e) => e.id))).size).toBe(200);
      expect(batches.some((b) => b.events.length === 7)).toBe(true);
      const nextOffset = new Map<number, number>();
      for (const { events, delivery } of batches) {
        expect(delivery).toMatchObject({ topic, attempt: 1 });
        expect(events.length).toBeGreaterThan(0);
        expect(events.length).toBeLessThanOrEqual(7);
        // Consecutive offsets of one partition, each batch right after the previous one there.
        expect(Number(delivery.firstOffset)).toBe(nextOffset.get(delivery.partition) ?? 0);
        expect(Number(delivery.lastOffset) - Number(delivery.firstOffset) + 1).toBe(events.length);
        nextOffset.set(delivery.partition, Number(delivery.lastOffset) + 1);
      }
      for (const stream of streams) {
        const mine = batches
          .map((b) => ({ ...b, events: b.events.filter((e) => e.streamId === stream[0].streamId) }))
          .filter((b) => b.events.length > 0);
        expect(versionsOf(mine)).toEqual(range(1, 20));
        expect(new Set(mine.map((b) => b.delivery.partition)).size).toBe(1);
      }
    });

    it('resumes a restarted group after its last committed batch: nothing lost, nothing repeated', async () => {
      const { bus, newTopic, newGroupId } = current();
      const topic = await newTopic();
      const groupId = newGroupId();
      const stream = aStream(`batch-restart-${randomUUID()}`, 20);
      await bus.publish(topic, stream.slice(0, 10));

      const handled: Batch[] = [];
      const failed: Batch[] = [];
      const firstRun = await bus.subscribeBatches({
        groupId,
        topics: [topic],
        maxBatchSize: 4,
        // The database is down from the batch holding version 9 on: it waits, never dead-letters.
        retry: { attempts: Infinity, initialBackoffMs: 60_000, maxBackoffMs: 60_000 },
        handleBatch: async (events, delivery) => {
          if (events.some((e) => e.version === 9)) {
            failed.push({ events: [...events], delivery });
            throw new HandlerFailure('database down');
          }
          handled.push({ events: [...events], delivery });
        },
      });
      await eventually('the failing batch', () => failed.length === 1);
      await firstRun.stop();
      const beforeRestart = versionsOf(handled);

      await bus.publish(topic, stream.slice(10));
      await bus.subscribeBatches({
        groupId,
        topics: [topic],
        maxBatchSize: 4,
        handleBatch: async (events, delivery) => void handled.push({ events: [...events], delivery }),
      });
      await eventually('version 20', () => versionsOf(handled).includes(20));

      expect(beforeRestart.length).toBeGreaterThan(0);
      expect(beforeRestart).toEqual(range(1, beforeRestart.length));
      expect(versionsOf(failed)[0]).toBe(beforeRestart.length + 1);
      expect(versionsOf(handled)).toEqual(range(1, 20));
    });

    it('retries a failing batch whole, with backoff, until it is handled (attempts: Infinity never gives up)', async () => {
      const { bus, newTopic, newGroupId } = current();
      const topic = await newTopic();
      const stream = aStream(`batch-retry-${randomUUID()}`, 5);
      await bus.publish(topic, stream);

      const attempts: Batch[] = [];
      const handled: Batch[] = [];
      await bus.subscribeBatches({
        groupId: newGroupId(),
        topics: [topic],
        retry: { attempts: Infinity, initialBackoffMs: 1, maxBackoffMs: 5 },
        handleBatch: async (events, delivery) => {
          attempts.push({ events: [...events], delivery });
          if (delivery.attempt < 8) throw new HandlerFailure('read model not ready');
          handled.push({ events: [...events], delivery });
        },
      });
      await eventually('the batch to be handled', () => count(handled) === 5);

      expect(handled).toHaveLength(1);
      expect(handled[0].events).toStrictEqual(stream);
      expect(attempts.map((a) => a.delivery.attempt)).toEqual(range(1, 8));
      for (const a of attempts) expect(a.events).toStrictEqual(stream);
    });

    it('tells how many events wait behind each batch, and when the last one was published', async () => {
      const { bus, newTopic, newGroupId } = current();
      const topic = await newTopic();
      const before = Date.now();
      await bus.publish(topic, aStream(`batch-lag-${randomUUID()}`, 50));
      const after = Date.now();

      const batches: Batch[] = [];
      await bus.subscribeBatches({
        groupId: newGroupId(),
        topics: [topic],
        maxBatchSize: 10,
        handleBatch: async (events, delivery) => void batches.push({ events: [...events], delivery }),
      });
      await eventually('50 events', () => count(batches) >= 50);

      expect(batches[0].delivery.eventsBehind).toBe(40);
      expect(batches[batches.length - 1].delivery.eventsBehind).toBe(0);
      for (const { delivery } of batches) {
        expect(delivery.eventsBehind).toBe(50 - Number(delivery.lastOffset) - 1);
        const publishedAt = Date.parse(delivery.lastPublishedAt ?? '');
        expect(publishedAt).toBeGreaterThanOrEqual(before - 5_000);
        expect(publishedAt).toBeLessThanOrEqual(after + 5_000);
      }
    });

    it('dead-letters every message of a batch whose retries are exhausted, and goes on with the partition', async () => {
      const { bus, newTopic, newGroupId } = current();
      const topic = await newTopic();
      const groupId = newGroupId();
      const stream = aStream(`batch-poison-${randomUUID()}`, 9);
      const poison = stream[4];
      await bus.publish(topic, stream);

      const attempts: Batch[] = [];
      const handled: Batch[] = [];
      await bus.subscribeBatches({
        groupId,
        topics: [topic],
        maxBatchSize: 3,
        retry: FAST_RETRY,
        handleBatch: async (events, delivery) => {
          attempts.push({ events: [...events], delivery });
          if (events.some((e) => e.id === poison.id)) throw new HandlerFailure(`cannot project ${poison.id}`);
          handled.push({ events: [...events], delivery });
        },
      });
      await eventually('version 9', () => versionsOf(handled).includes(9));

      const failed = attempts.filter((a) => a.events.some((e) => e.id === poison.id));
      expect(failed.map((a) => a.delivery.attempt)).toEqual([1, 2, 3]);
      const lost = failed[0].events;
      expect(lost.length).toBeGreaterThan(0);
      expect(versionsOf(handled)).toEqual(range(1, 9).filter((v) => !lost.some((e) => e.version === v)));

      const dead: Array<{ event: EventEnvelope; delivery: DeliveryContext }> = [];
      await bus.subscribe({
        groupId: newGroupId(),
        topics: [deadLetterTopic(topic)],
        handle: async (event, delivery) => void dead.push({ event, delivery }),
      });
      await eventually('the dead letters', () => dead.length >= lost.length);

      expect(dead.map((d) => d.event)).toStrictEqual(lost);
      const { partition, firstOffset } = failed[0].delivery;
      dead.forEach(({ event, delivery }, i) =>
        expect(delivery.headers).toMatchObject({
          [DLQ.error]: `Error: cannot project ${poison.id}`,
          [DLQ.errorCode]: 'projection-rejected',
          [DLQ.attempts]: '3',
          [DLQ.sourceTopic]: topic,
          [DLQ.partition]: String(partition),
          [DLQ.offset]: String(Number(firstOffset) + i),
          [DLQ.group]: groupId,
          ce_id: event.id,
        }),
      );
    });
  });
}
