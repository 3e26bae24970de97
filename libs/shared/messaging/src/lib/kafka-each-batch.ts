import type { Consumer, EachBatchHandler } from 'kafkajs';
import { chunksOf, processBatch } from './batch-processor';
import type { RawMessage } from './cloud-events';
import type { BatchSubscription, Subscription } from './event-bus.port';
import type { KafkaSubscription } from './kafka-subscription';
import { processMessage } from './message-processor';
import type { ProcessedEventGuard } from './processed-event-guard';

/** What a kafkajs `eachBatch` of KafkaEventBus works with. */
export type EachBatchContext = Readonly<{
  consumer: Consumer;
  running: KafkaSubscription;
  guard: ProcessedEventGuard;
  /** Sends the original message, with these extra headers, to the topic's dead-letter topic. */
  deadLetter: (topic: string, message: RawMessage, extraHeaders: Record<string, string>) => Promise<void>;
}>;

/**
 * `subscribe`: messages of a partition one after the other; the offset is resolved only once a
 * message is handled or dead-lettered, and committed at most `commitIntervalMs` later (always
 * before the batch returns, so stop() commits what was done). A crash in between only means
 * redelivery, which the handlers' idempotency absorbs.
 */
export function eachMessageInTurn(
  subscription: Subscription,
  context: EachBatchContext,
  commitIntervalMs: number,
): EachBatchHandler {
  const { consumer, running, guard } = context;
  return async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
    const { topic, partition } = batch;
    let uncommitted: string | undefined;
    let lastCommit = Date.now();
    const commit = async (): Promise<void> => {
      if (uncommitted === undefined) return;
      await consumer.commitOffsets([{ topic, partition, offset: uncommitted }]);
      uncommitted = undefined;
      lastCommit = Date.now();
    };
    try {
      for (const message of batch.messages) {
        if (!isRunning() || isStale()) break;
        const outcome = await processMessage({
          subscription,
          guard,
          signal: running.signal,
          topic,
          partition,
          offset: message.offset,
          message,
          heartbeat,
          deadLetter: (extra) => context.deadLetter(topic, message, extra),
        });
        if (outcome === 'interrupted') break;
        resolveOffset(message.offset);
        uncommitted = nextOffset(message.offset);
        if (Date.now() - lastCommit >= commitIntervalMs) await commit();
        await heartbeat();
      }
    } finally {
      await commit();
    }
  };
}

/**
 * `subscribeBatches`: kafkajs' fetched batch of a partition cut into chunks of at most
 * `maxBatchSize`, each handled as one batch and committed as soon as it is handled or
 * dead-lettered (a chunk is one write of the handler, so a restart resumes right after the last
 * one written; one commit per chunk is cheap beside that write).
 */
export function eachChunk(
  subscription: BatchSubscription,
  context: EachBatchContext,
  maxBatchSize: number,
): EachBatchHandler {
  const { consumer, running, guard } = context;
  return async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
    const { topic, partition } = batch;
    const highWatermark = BigInt(batch.highWatermark);
    for (const chunk of chunksOf(batch.messages, maxBatchSize)) {
      if (!isRunning() || isStale()) break;
      const last = chunk[chunk.length - 1];
      const outcome = await processBatch({
        subscription,
        guard,
        signal: running.signal,
        topic,
        partition,
        messages: chunk.map((message) => ({ offset: message.offset, message })),
        eventsBehind: Math.max(0, Number(highWatermark - BigInt(last.offset) - 1n)),
        lastPublishedAt: isoTimestamp(last.timestamp),
        heartbeat,
        deadLetter: ({ message }, extra) => context.deadLetter(topic, message, extra),
      });
      if (outcome === 'interrupted') break;
      resolveOffset(last.offset);
      await consumer.commitOffsets([{ topic, partition, offset: nextOffset(last.offset) }]);
      await heartbeat();
    }
  };
}

function nextOffset(offset: string): string {
  return (BigInt(offset) + 1n).toString();
}

/** Kafka's message timestamp (ms since the epoch, as text) as ISO; null when the broker has none. */
function isoTimestamp(timestamp: string | undefined): string | null {
  const ms = Number(timestamp);
  return timestamp !== undefined && Number.isFinite(ms) && ms >= 0 ? new Date(ms).toISOString() : null;
}
