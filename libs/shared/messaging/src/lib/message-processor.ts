import { SpanStatusCode } from '@opentelemetry/api';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { fromTransportMessage, headersAsText, type RawMessage } from './cloud-events';
import { deadLetterHeaders } from './dead-letter';
import { DEFAULT_RETRY, type DeliveryContext, type RetryPolicy, type Subscription } from './event-bus.port';
import { withConsumeSpan } from './message-tracing';
import type { ProcessedEventGuard } from './processed-event-guard';

export type ProcessMessageArgs = Readonly<{
  subscription: Subscription;
  guard: ProcessedEventGuard;
  /** Aborted when the subscription stops: pending retries are abandoned, the message is not committed. */
  signal: AbortSignal;
  topic: string;
  partition: number;
  offset: string;
  message: RawMessage;
  /** Keeps the consumer's group membership alive while a handler is being retried. */
  heartbeat?: () => Promise<void>;
  /** Sends the original message, with these extra headers, to the dead-letter topic. */
  deadLetter: (extraHeaders: Record<string, string>) => Promise<void>;
}>;

/** `commit`: the offset may move past this message. `interrupted`: leave it for the next consumer. */
export type ProcessOutcome = 'commit' | 'interrupted';

/** Delay before retry number `attempt + 1`: exponential, capped. */
export function backoffMs(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxBackoffMs, policy.initialBackoffMs * 2 ** (attempt - 1));
}

/**
 * What both adapters do with one message: parse (unparseable → DLQ), skip ids this subscription
 * already handled, run the handler with bounded retries and backoff, and dead-letter it when the
 * retries are exhausted — so a poison message never stalls its partition.
 */
export async function processMessage(args: ProcessMessageArgs): Promise<ProcessOutcome> {
  const { subscription, topic, partition, offset } = args;
  const headers = headersAsText(args.message.headers);
  return withConsumeSpan(
    headers,
    { topic, groupId: subscription.groupId, partition, offset },
    async (span) => {
      let event: EventEnvelope;
      try {
        event = fromTransportMessage(args.message);
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: 'dead-lettered: unparseable' });
        await args.deadLetter(
          deadLetterHeaders({ error, attempts: 0, topic, partition, offset, groupId: subscription.groupId }),
        );
        return 'commit';
      }
      span.setAttribute('messaging.message.id', event.id);
      if (args.guard.has(event.id)) return 'commit';
      const policy = subscription.retry ?? DEFAULT_RETRY;
      const attempts = Math.max(1, policy.attempts);
      for (let attempt = 1; ; attempt++) {
        const delivery: DeliveryContext = { topic, partition, offset, attempt, headers };
        try {
          await subscription.handle(event, delivery);
          args.guard.add(event.id);
          return 'commit';
        } catch (error) {
          span.recordException(error instanceof Error ? error : String(error));
          if (attempt >= attempts) {
            span.setStatus({
              code: SpanStatusCode.ERROR,
              message: `dead-lettered after ${attempt} attempts`,
            });
            await args.deadLetter(
              deadLetterHeaders({
                error,
                attempts: attempt,
                topic,
                partition,
                offset,
                groupId: subscription.groupId,
              }),
            );
            return 'commit';
          }
        }
        if (!(await sleep(backoffMs(policy, attempt), args.signal))) return 'interrupted';
        await args.heartbeat?.();
      }
    },
  );
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
