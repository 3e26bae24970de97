import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { DLQ } from './dead-letter';
import { describeBatchSubscriptionContract } from './event-bus-batches.contract-spec';
import {
  anEvent,
  aStream,
  eventually,
  FAST_RETRY,
  HandlerFailure,
  type EventBusContractFixture,
} from './event-bus.contract-fixtures';
import { deadLetterTopic, type DeliveryContext, type EventBus } from './event-bus.port';

export { anEvent, aStream, type EventBusContractFixture } from './event-bus.contract-fixtures';

type Received = Readonly<{ event: EventEnvelope; delivery: DeliveryContext }>;

function countBy(items: readonly Received[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { event } of items) counts.set(event.id, (counts.get(event.id) ?? 0) + 1);
  return counts;
}

/** The behaviour every EventBus adapter must show (ARCHITECTURE.md §3). */
export function describeEventBusContract(
  name: string,
  factory: () => Promise<EventBusContractFixture>,
): void {
  describe(`EventBus contract: ${name}`, () => {
    let fixture: EventBusContractFixture;
    let bus: EventBus;

    beforeEach(async () => {
      fixture = await factory();
      bus = fixture.bus;
    });

    afterEach(async () => {
      await bus.close();
    });

    it('delivers every envelope field unchanged, with its delivery context', async () => {
      const topic = await fixture.newTopic();
      const full = anEvent({
        context: 'contracts',
        type: 'ContractSigned',
        schemaVersion: 2,
        version: 7,
        data: {
          customer: '上海某某科技有限公司',
          amount: { minor: '99000000', currency: 'CNY' },
          lines: [{ sku: 'X-1', qty: 3 }],
          note: null,
          urgent: true,
        },
        actor: { userId: 'u-42', role: 'division_manager', divisionId: 'div-east' },
        causationId: randomUUID(),
        traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      });
      const minimal = anEvent({
        context: 'org',
        type: 'DivisionOpened',
        data: {},
        actor: { userId: 'system', role: 'admin' },
      });
      await bus.publish(topic, [full, minimal]);

      const received: Received[] = [];
      await bus.subscribe({
        groupId: fixture.newGroupId(),
        topics: [topic],
        handle: async (event, delivery) => void received.push({ event, delivery }),
      });
      await eventually('both events', () => received.length === 2);

      const byId = new Map(received.map((r) => [r.event.id, r]));
      expect(byId.get(full.id)!.event).toStrictEqual(full);
      expect(byId.get(minimal.id)!.event).toStrictEqual(minimal);
      const delivery = byId.get(full.id)!.delivery;
      expect(delivery).toMatchObject({ topic, attempt: 1 });
      expect(delivery.headers).toMatchObject({
        ce_specversion: '1.0',
        ce_id: full.id,
        ce_type: 'contracts.ContractSigned.v2',
        ce_source: '/sales/contracts',
        ce_subject: full.streamId,
        ce_sequence: '7',
        'content-type': 'application/json',
      });
    });

    it('keeps each stream in version order', async () => {
      const topic = await fixture.newTopic();
      const streams = Array.from({ length: 10 }, (_, i) => aStream(`order-${i}-${randomUUID()}`, 20));
      for (let chunk = 0; chunk < 4; chunk++) {
        await bus.publish(
          topic,
          streams.flatMap((events) => events.slice(chunk * 5, chunk * 5 + 5)),
        );
      }

      const received: Received[] = [];
      await bus.subscribe({
        groupId: fixture.newGroupId(),
        topics: [topic],
        handle: async (event, delivery) => void received.push({ event, delivery }),
      });
      await eventually('200 events', () => received.length >= 200);

      expect(received).toHaveLength(200);
      for (const stream of streams) {
        const versions = received
          .filter((r) => r.event.streamId === stream[0].streamId)
          .map((r) => r.event.version);
        expect(versions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      }
    });

    it('gives every consumer group all the events', async () => {
      const topic = await fixture.newTopic();
      const events = Array.from({ length: 5 }, (_, i) => aStream(`groups-${i}-${randomUUID()}`, 4)).flat();
      await bus.publish(topic, events);

      const first: Received[] = [];
      const second: Received[] = [];
      await bus.subscribe({
        groupId: fixture.newGroupId(),
        topics: [topic],
        handle: async (event, delivery) => void first.push({ event, delivery }),
      });
      await bus.subscribe({
        groupId: fixture.newGroupId(),
        topics: [topic],
        handle: async (event, delivery) => void second.push({ event, delivery }),
      });
      await eventually('both groups to have everything', () => first.length >= 20 && second.length >= 20);

      const ids = events.map((e) => e.id).sort();
      expect(first.map((r) => r.event.id).sort()).toEqual(ids);
      expect(second.map((r) => r.event.id).sort()).toEqual(ids);
    });

    it('resumes a restarted group after its last committed offset: nothing handled twice, nothing lost', async () => {
      const topic = await fixture.newTopic();
      const groupId = fixture.newGroupId();
      // One stream, hence one partition: a redelivered old event would arrive before the new ones.
      const stream = aStream(`restart-${randomUUID()}`, 20);
      await bus.publish(topic, stream.slice(0, 10));

      const received: Received[] = [];
      const handle = async (event: EventEnvelope, delivery: DeliveryContext): Promise<void> =>
        void received.push({ event, delivery });
      const firstRun = await bus.subscribe({ groupId, topics: [topic], handle });
      await eventually('the first 10', () => received.length >= 10);
      await firstRun.stop();

      await bus.publish(topic, stream.slice(10));
      await bus.subscribe({ groupId, topics: [topic], handle });
      await eventually('version 20', () => received.some((r) => r.event.version === 20));

      expect(received.map((r) => r.event.version)).toEqual(stream.map((e) => e.version));
    });

    it('retries a failing handler with backoff and handles the event once it succeeds', async () => {
      const topic = await fixture.newTopic();
      const event = anEvent();
      const attempts: number[] = [];
      const handled: EventEnvelope[] = [];
      await bus.publish(topic, [event]);
      await bus.subscribe({
        groupId: fixture.newGroupId(),
        topics: [topic],
        retry: { attempts: 5, initialBackoffMs: 5, maxBackoffMs: 20 },
        handle: async (e, delivery) => {
          attempts.push(delivery.attempt);
          if (delivery.attempt < 3) throw new HandlerFailure('read model not ready');
          handled.push(e);
        },
      });
      await eventually('the event to be handled', () => handled.length === 1);

      expect(attempts).toEqual([1, 2, 3]);
      expect(handled).toStrictEqual([event]);
    });

    it('sends a poison message to the dead-letter topic with the error, and goes on with the partition', async () => {
      const topic = await fixture.newTopic();
      const groupId = fixture.newGroupId();
      const [poison, next, last] = aStream(`poison-${randomUUID()}`, 3);
      await bus.publish(topic, [poison, next, last]);

      const attempts: Received[] = [];
      const handled: Received[] = [];
      await bus.subscribe({
        groupId,
        topics: [topic],
        retry: FAST_RETRY,
        handle: async (event, delivery) => {
          attempts.push({ event, delivery });
          if (event.id === poison.id) throw new HandlerFailure(`cannot project ${event.id}`);
          handled.push({ event, delivery });
        },
      });
      await eventually('the messages after the poison one', () =>
        handled.some((r) => r.event.id === last.id),
      );

      const dead: Received[] = [];
      await bus.subscribe({
        groupId: fixture.newGroupId(),
        topics: [deadLetterTopic(topic)],
        handle: async (event, delivery) => void dead.push({ event, delivery }),
      });
      await eventually('the dead letter', () => dead.length >= 1);

      expect(handled.map((r) => r.event.id)).toEqual([next.id, last.id]);
      const poisonAttempts = attempts.filter((r) => r.event.id === poison.id);
      expect(poisonAttempts.map((r) => r.delivery.attempt)).toEqual([1, 2, 3]);
      expect(dead).toHaveLength(1);
      expect(dead[0].event).toStrictEqual(poison);
      expect(dead[0].delivery.topic).toBe(deadLetterTopic(topic));
      expect(dead[0].delivery.headers).toMatchObject({
        [DLQ.error]: `Error: cannot project ${poison.id}`,
        [DLQ.errorCode]: 'projection-rejected',
        [DLQ.attempts]: '3',
        [DLQ.sourceTopic]: topic,
        [DLQ.partition]: String(poisonAttempts[0].delivery.partition),
        [DLQ.offset]: poisonAttempts[0].delivery.offset,
        [DLQ.group]: groupId,
        ce_id: poison.id,
      });
    });

    it('handles an event id delivered twice only once', async () => {
      const topic = await fixture.newTopic();
      const [first, second] = aStream(`dup-${randomUUID()}`, 2);
      await bus.publish(topic, [first, first]);
      await bus.publish(topic, [first, second]);

      const received: Received[] = [];
      await bus.subscribe({
        groupId: fixture.newGroupId(),
        topics: [topic],
        handle: async (event, delivery) => void received.push({ event, delivery }),
      });
      await eventually('the event after the duplicates', () =>
        received.some((r) => r.event.id === second.id),
      );

      expect(Object.fromEntries(countBy(received))).toEqual({ [first.id]: 1, [second.id]: 1 });
    });

    it('leaves a message whose retries were cut short by stop() uncommitted, for the next consumer', async () => {
      const topic = await fixture.newTopic();
      const groupId = fixture.newGroupId();
      const event = anEvent();
      await bus.publish(topic, [event]);

      const attempts: number[] = [];
      const firstRun = await bus.subscribe({
        groupId,
        topics: [topic],
        retry: { attempts: 5, initialBackoffMs: 60_000, maxBackoffMs: 60_000 },
        handle: async (_event, delivery) => {
          attempts.push(delivery.attempt);
          throw new HandlerFailure('database down');
        },
      });
      await eventually('the first attempt', () => attempts.length === 1);
      await firstRun.stop();

      const handled: EventEnvelope[] = [];
      await bus.subscribe({ groupId, topics: [topic], handle: async (e) => void handled.push(e) });
      await eventually('the redelivery', () => handled.length === 1);
      expect(attempts).toEqual([1]);
      expect(handled).toStrictEqual([event]);
    });

    it('close() waits for the handler in flight', async () => {
      const topic = await fixture.newTopic();
      await bus.publish(topic, [anEvent()]);
      let started = false;
      let finished = false;
      await bus.subscribe({
        groupId: fixture.newGroupId(),
        topics: [topic],
        handle: async () => {
          started = true;
          await new Promise((resolve) => setTimeout(resolve, 500));
          finished = true;
        },
      });
      await eventually('the handler to start', () => started);

      await bus.close();

      expect(finished).toBe(true);
      await expect(bus.publish(topic, [anEvent()])).rejects.toMatchObject({ code: 'event-bus-closed' });
    });

    describeBatchSubscriptionContract(() => fixture);
  });
}
