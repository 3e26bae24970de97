import { randomBytes, randomUUID } from 'node:crypto';
import type { EventEnvelope, EventMetadata } from '@sales/shared/event-sourcing';

/** The metadata every benchmark event carries: a realistic actor and a trace context. */
export const benchMetadata: EventMetadata = {
  actor: { userId: 'u-bench', role: 'salesperson', divisionId: 'd-1' },
  correlationId: randomUUID(),
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
};

/** About 400 bytes of JSON, shaped like a contract line change. */
export function benchEventData(stream: number, n: number): Record<string, unknown> {
  return {
    contractId: `HT2026-${String(stream).padStart(5, '0')}`,
    customerId: randomUUID(),
    salespersonId: `u-${stream % 37}`,
    amount: { minor: String(1_000_00 + n * 137), currency: 'CNY' },
    lines: [
      { sku: 'SKU-100', quantity: 2, unitPriceMinor: '250000' },
      { sku: 'SKU-220', quantity: 1, unitPriceMinor: '500000' },
    ],
    signedOn: '2026-03-01',
    note: randomBytes(60).toString('base64'),
  };
}

/**
 * Commit-shaped documents as MongoEventStore stores them (commit-record.ts: streamId, fromVersion,
 * toVersion, events[], committedAt, published), already published, of one event each, round-robin
 * over `streams` streams, so stream s holds versions 0, 1, 2 … in order. The n-th document of a
 * fill is `first + i`, so a fill can be written in chunks.
 */
export function publishedCommitDocuments(
  first: number,
  count: number,
  shape: Readonly<{ streams: number; streamPrefix: string; context: string; type: string }>,
): Record<string, unknown>[] {
  const time = new Date().toISOString();
  return Array.from({ length: count }, (_, i) => {
    const n = first + i;
    const stream = n % shape.streams;
    const fromVersion = Math.floor(n / shape.streams);
    const streamId = `${shape.streamPrefix}${stream}`;
    const event: EventEnvelope = {
      id: randomUUID(),
      context: shape.context,
      streamId,
      version: fromVersion + 1,
      type: shape.type,
      schemaVersion: 1,
      data: benchEventData(stream, fromVersion),
      time,
      ...benchMetadata,
    };
    return {
      streamId,
      fromVersion,
      toVersion: fromVersion + 1,
      events: [event],
      committedAt: time,
      published: true,
    };
  });
}
