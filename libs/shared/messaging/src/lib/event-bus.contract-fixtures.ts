import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import type { EventBus, RetryPolicy } from './event-bus.port';

/** What the EventBus contract suites get from each adapter's spec. */
export type EventBusContractFixture = Readonly<{
  bus: EventBus;
  /** A topic no other test uses (with several partitions where the adapter has partitions). */
  newTopic: () => Promise<string>;
  newGroupId: () => string;
}>;

export const FAST_RETRY: RetryPolicy = { attempts: 3, initialBackoffMs: 5, maxBackoffMs: 20 };

export function anEvent(overrides: Partial<EventEnvelope> = {}): EventEnvelope {
  return {
    id: randomUUID(),
    context: 'contracts',
    streamId: `contract-${randomUUID()}`,
    version: 1,
    type: 'ContractSigned',
    schemaVersion: 1,
    data: { amount: { minor: '1250000', currency: 'CNY' } },
    time: '2026-03-01T09:30:00.000+08:00',
    actor: { userId: 'u-7', role: 'salesperson' },
    correlationId: randomUUID(),
    ...overrides,
  };
}

/** Events 1..n of one stream. */
export function aStream(streamId: string, count: number): EventEnvelope[] {
  return Array.from({ length: count }, (_, i) => anEvent({ streamId, version: i + 1 }));
}

export async function eventually(what: string, condition: () => boolean, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A handler's failure with a stable code, as the DLQ headers should show it. */
export class HandlerFailure extends Error {
  readonly code = 'projection-rejected';
}
