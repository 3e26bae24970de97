import { randomUUID } from 'node:crypto';
import { anEvent, describeEventBusContract } from './event-bus.contract-spec';
import { GroupAlreadySubscribedError, InProcessEventBus } from './in-process-event-bus';

describeEventBusContract('InProcessEventBus', async () => ({
  bus: new InProcessEventBus(),
  newTopic: async () => `sales.test-${randomUUID()}.events`,
  newGroupId: () => `group-${randomUUID()}`,
}));

describe('InProcessEventBus', () => {
  it('refuses a second running subscription of the same group', async () => {
    const bus = new InProcessEventBus();
    const subscription = {
      groupId: 'kpi-projector',
      topics: ['sales.org.events'],
      handle: async () => undefined,
    };
    await bus.subscribe(subscription);
    await expect(bus.subscribe(subscription)).rejects.toBeInstanceOf(GroupAlreadySubscribedError);
    await bus.close();
  });

  it('starts a group created with fromBeginning=false at the end of the log', async () => {
    const bus = new InProcessEventBus();
    const old = anEvent();
    const fresh = anEvent();
    await bus.publish('sales.org.events', [old]);
    const seen: string[] = [];
    await bus.subscribe({
      groupId: 'late',
      topics: ['sales.org.events'],
      fromBeginning: false,
      handle: async (e) => void seen.push(e.id),
    });
    await bus.publish('sales.org.events', [fresh]);
    while (seen.length < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    await bus.close();
    expect(seen).toEqual([fresh.id]);
  });

  it('delivers several topics to one group in publish order', async () => {
    const bus = new InProcessEventBus();
    const a1 = anEvent({ context: 'org' });
    const b1 = anEvent({ context: 'contracts' });
    const a2 = anEvent({ context: 'org' });
    await bus.publish('sales.org.events', [a1]);
    await bus.publish('sales.contracts.events', [b1]);
    await bus.publish('sales.org.events', [a2]);
    const seen: string[] = [];
    await bus.subscribe({
      groupId: 'kpi',
      topics: ['sales.contracts.events', 'sales.org.events'],
      handle: async (e) => void seen.push(e.id),
    });
    while (seen.length < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    await bus.close();
    expect(seen).toEqual([a1.id, b1.id, a2.id]);
  });

  it('rejects an event whose data is not JSON-serialisable before anything is stored', async () => {
    const bus = new InProcessEventBus();
    await expect(
      bus.publish('sales.org.events', [anEvent(), anEvent({ data: { amount: 10n } })]),
    ).rejects.toThrow(TypeError);
    const seen: string[] = [];
    await bus.subscribe({
      groupId: 'g',
      topics: ['sales.org.events'],
      handle: async (e) => void seen.push(e.id),
    });
    await bus.publish('sales.org.events', [anEvent()]);
    while (seen.length < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    await bus.close();
    expect(seen).toHaveLength(1);
  });

  it('delivers several topics to one group in batches of one topic each, interleaved in publish order', async () => {
    const bus = new InProcessEventBus();
    const [a1, a2, b1, a3] = [anEvent(), anEvent(), anEvent(), anEvent()];
    await bus.publish('sales.org.events', [a1, a2]);
    await bus.publish('sales.contracts.events', [b1]);
    await bus.publish('sales.org.events', [a3]);
    const seen: Array<[string, string[], number]> = [];
    await bus.subscribeBatches({
      groupId: 'kpi',
      topics: ['sales.contracts.events', 'sales.org.events'],
      maxBatchSize: 2,
      handleBatch: async (events, delivery) =>
        void seen.push([delivery.topic, events.map((e) => e.id), delivery.eventsBehind]),
    });
    while (seen.length < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    await bus.close();
    expect(seen).toEqual([
      ['sales.org.events', [a1.id, a2.id], 1],
      ['sales.contracts.events', [b1.id], 0],
      ['sales.org.events', [a3.id], 0],
    ]);
  });
});
