import { SpanKind } from '@opentelemetry/api';
import { randomUUID } from 'node:crypto';
import type { Actor, Aggregate, Command, DomainEvent } from '@sales/shared/domain';
import { type PlatformMetrics, currentTraceparent, inSpan } from '@sales/shared/observability';
import { type CommandRetryPolicy, type HandleCommandResult, handleCommand } from './command-handler';
import type { EventStore } from './event-store.port';
import { KeyedQueue } from './keyed-queue';

export type ExecuteOptions = Readonly<{ correlationId?: string; causationId?: string }>;

/**
 * The one way a context's HTTP handlers and policies run a command: a `command` span, the actor
 * and trace context into the event metadata, metrics, and a nudge to the outbox relay so the
 * events leave at once. Commands on one stream run one at a time in arrival order, so in one
 * process they never race each other to the same version; a race lost to another process is
 * retried within the configured budget (COMMAND_RETRIES, COMMAND_RETRY_BACKOFF_MS), then 409.
 */
export class CommandExecutor {
  private readonly streams = new KeyedQueue();

  constructor(
    private readonly store: EventStore,
    private readonly metrics: PlatformMetrics,
    private readonly afterAppend: () => void,
    private readonly retry: CommandRetryPolicy,
  ) {}

  async execute<State, Cmd extends Command, Evt extends DomainEvent>(
    decider: Aggregate<State, Cmd, Evt>,
    streamId: string,
    command: Cmd,
    actor: Actor,
    options: ExecuteOptions = {},
  ): Promise<HandleCommandResult<State>> {
    const labels = { context: this.store.context, command: command.type };
    const stopTimer = this.metrics.commandDuration.startTimer(labels);
    const attributes = { 'sales.stream_id': streamId, 'sales.actor': actor.userId };
    return inSpan(
      `command ${this.store.context}.${command.type}`,
      { kind: SpanKind.INTERNAL, attributes },
      async (span) => {
        const metadata = {
          actor,
          correlationId: options.correlationId ?? randomUUID(),
          causationId: options.causationId,
          traceparent: currentTraceparent(),
        };
        try {
          const result = await this.streams.run(streamId, () =>
            handleCommand({
              store: this.store,
              decider,
              streamId,
              command,
              metadata,
              retries: this.retry.retries,
              backoffMs: this.retry.backoffMs,
              onRetry: () => this.metrics.commandRetries.inc(labels),
            }),
          );
          span.setAttribute('sales.command_attempts', result.attempts);
          stopTimer({ outcome: 'ok' });
          if (result.events.length > 0) this.afterAppend();
          return result;
        } catch (error) {
          stopTimer({ outcome: (error as { code?: string }).code ?? 'error' });
          throw error;
        }
      },
    );
  }
}
