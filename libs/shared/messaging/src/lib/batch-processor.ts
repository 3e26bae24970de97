import { SpanStatusCode } from '@opentelemetry/api';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { fromTransportMessage, headersAsText, type RawMessage } from './cloud-events';
import { deadLetterHeaders } from './dead-letter';
import { DEFAULT_MAX_BATCH_SIZE, DEFAULT_RETRY, type BatchSubscription } from './event-bus.port';
import { withRetries, type ProcessOutcome } from './message-processor';
import { withBatchConsumeSpan } from './message-tracing';
import type { ProcessedEventGuard } from './processed-event-guard';

/** One message of a partition, with its offset. */
export type PartitionMessage = Readonly<{ offset: string; message: RawMessage }>;

export type ProcessBatchArgs = Readonly<{
  subscription: BatchSubscription;
  guard: ProcessedEventGuard;
  /** Aborted when the subscription stops: pending retries are abandoned, the batch is not committed. */
  signal: AbortSignal;
  topic: string;
  partition: number;
  /** Consecutive messages of the partition, oldest first; at least one. */
  messages: readonly PartitionMessage[];
  /** Messages left on the partition after the last of `messages`. */
  eventsBehind: number;
  /** Publish time of the last of `messages` (ISO), null when unknown. */
  lastPublishedAt: string | null;
  /** Keeps the consumer's group membership alive while the batch is being retried. */
  heartbeat?: () => Promise<void>;
  /** Sends one original message, with these extra headers, to the dead-letter topic. */
  deadLetter: (message: PartitionMessage, extraHeaders: Record<string, string>) => Promise<void>;
}>;

/** The batch size a subscription asked for, checked. */
export function maxBatchSizeOf(subscription: BatchSubscription): number {
  const size = subscription.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE;
  if (!Number.isSafeInteger(size) || size < 1)
    throw new RangeError(`maxBatchSize must be a positive integer, got ${size}`);
  return size;
}

/** `items` cut into consecutive chunks of at most `size`. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * What both adapters do with one batch (the batch counterpart of `processMessage`): unparseable
 * messages to the DLQ at once and out of the batch, ids already handled out of the batch, the
 * handler with retries of the whole batch and backoff, and — retries exhausted — every message of
 * the batch to the DLQ, so a poison batch never stalls its partition.
 */
export async function processBatch(args: ProcessBatchArgs): Promise<ProcessOutcome> {
  const { subscription, topic, partition, messages } = args;
  const groupId = subscription.groupId;
  const firstOffset = messages[0].offset;
  const lastOffset = messages[messages.length - 1].offset;
  const headers = messages.map((m) => headersAsText(m.message.headers));
  return withBatchConsumeSpan(
    headers,
    { topic, groupId, partition, firstOffset, count: messages.length },
    async (span) => {
      const parsed: Array<{ event: EventEnvelope; source: PartitionMessage }> = [];
      const inBatch = new Set<string>();
      for (const source of messages) {
        let event: EventEnvelope;
        try {
          event = fromTransportMessage(source.message);
        } catch (error) {
          await args.deadLetter(
            source,
            deadLetterHeaders({ error, attempts: 0, topic, partition, offset: source.offset, groupId }),
          );
          continue;
        }
        if (args.guard.has(event.id) || inBatch.has(event.id)) continue;
        inBatch.add(event.id);
        parsed.push({ event, source });
      }
      const events = parsed.map((p) => p.event);
      const outcome = await withRetries(
        subscription.retry ?? DEFAULT_RETRY,
        args.signal,
        args.heartbeat,
        (attempt) =>
          subscription.handleBatch(events, {
            topic,
            partition,
            firstOffset,
            lastOffset,
            attempt,
            eventsBehind: args.eventsBehind,
            lastPublishedAt: args.lastPublishedAt,
          }),
        (error) => span.recordException(error instanceof Error ? error : String(error)),
      );
      if (outcome.kind === 'interrupted') return 'interrupted';
      if (outcome.kind === 'done') {
        for (const event of events) args.guard.add(event.id);
        return 'commit';
      }
      span.setStatus({
        code: SpanStatusCode.ERROR,
        message: `batch dead-lettered after ${outcome.attempts} attempts`,
      });
      for (const { source } of parsed) {
        await args.deadLetter(
          source,
          deadLetterHeaders({
            error: outcome.error,
            attempts: outcome.attempts,
            topic,
            partition,
            offset: source.offset,
            groupId,
          }),
        );
      }
      return 'commit';
    },
  );
}
