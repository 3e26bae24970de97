import { SpanStatusCode } from '@opentelemetry/api';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { fromTransportMessage, headersAsText, type RawMessage } from './cloud-events';
import { deadLetterHeaders } from './dead-letter';
import { DEFAULT_RETRY, type RetryPolicy, type Subscription } from './event-bus.port';
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
      const outcome = await withRetries(
        subscription.retry ?? DEFAULT_RETRY,
        args.signal,
        args.heartbeat,
        (attempt) => subscription.handle(event, { topic, partition, offset, attempt, headers }),
        (error) => span.recordException(error instanceof Error ? error : String(error)),
      );
      if (outcome.kind === 'interrupted') return 'interrupted';
      if (outcome.kind === 'done') {
        args.guard.add(event.id);
        return 'commit';
      }
      span.setStatus({
        code: SpanStatusCode.ERROR,
        message: `dead-lettered after ${outcome.attempts} attempts`,
      });
      await args.deadLetter(
        deadLetterHeaders({
          error: outcome.error,
          attempts: outcome.attempts,
          topic,
          partition,
          offset,
          groupId: subscription.groupId,
        }),
      );
      return 'commit';
    },
  );
}

export type RetryOutcome =
  | Readonly<{ kind: 'done' }>
  | Readonly<{ kind: 'exhausted'; error: unknown; attempts: number }>
  | Readonly<{ kind: 'interrupted' }>;

/**
 * Runs `attempt(n)` until it resolves or the policy's attempts are spent (never, with
 * `attempts: Infinity`), with capped exponential backoff in between; `interrupted` when `signal`
 * aborts during a backoff. `heartbeat` keeps a consumer's group membership alive meanwhile.
 */
export async function withRetries(
  policy: RetryPolicy,
  signal: AbortSignal,
  heartbeat: (() => Promise<void>) | undefined,
  attempt: (attempt: number) => Promise<void>,
  onFailure?: (error: unknown) => void,
): Promise<RetryOutcome> {
  const attempts = Math.max(1, policy.attempts);
  for (let n = 1; ; n++) {
    try {
      await attempt(n);
      return { kind: 'done' };
    } catch (error) {
      onFailure?.(error);
      if (n >= attempts) return { kind: 'exhausted', error, attempts: n };
    }
    if (!(await sleep(backoffMs(policy, n), signal))) return { kind: 'interrupted' };
    await heartbeat?.();
  }
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
