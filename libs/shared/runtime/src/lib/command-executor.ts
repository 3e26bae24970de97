import { SpanKind } from '@opentelemetry/api';
import { randomUUID } from 'node:crypto';
import type { Actor, Command, Decider, DomainEvent } from '@sales/shared/domain';
import { type EventStore, type HandleCommandResult, handleCommand } from '@sales/shared/event-sourcing';
import { type PlatformMetrics, currentTraceparent, inSpan } from '@sales/shared/observability';

export type ExecuteOptions = Readonly<{ correlationId?: string; causationId?: string }>;

/**
 * The one way a context's HTTP handlers and policies run a command: a `command` span, the actor
 * and trace context into the event metadata, bounded retries on version conflicts (then 409),
 * metrics, and a nudge to the outbox relay so the events leave at once.
 */
export class CommandExecutor {
  constructor(
    private readonly store: EventStore,
    private readonly metrics: PlatformMetrics,
    private readonly afterAppend: () => void,
  ) {}

  get context(): string {
    return this.store.context;
  }

  get eventStore(): EventStore {
    return this.store;
  }

  async execute<State, Cmd extends Command, Evt extends DomainEvent>(
    decider: Decider<State, Cmd, Evt>,
    streamId: string,
    command: Cmd,
    actor: Actor,
    options: ExecuteOptions = {},
  ): Promise<HandleCommandResult<State>> {
    const labels = { context: this.store.context, command: command.type };
    const stopTimer = this.metrics.commandDuration.startTimer(labels);
    return inSpan(`command ${this.store.context}.${command.type}`, { kind: SpanKind.INTERNAL, attributes: { 'sales.stream_id': streamId, 'sales.actor': actor.userId } }, async () => {
      try {
        const result = await handleCommand({
          store: this.store,
          decider,
          streamId,
          command,
          metadata: { actor, correlationId: options.correlationId ?? randomUUID(), causationId: options.causationId, traceparent: currentTraceparent() },
        });
        stopTimer({ outcome: 'ok' });
        if (result.events.length > 0) this.afterAppend();
        return result;
      } catch (error) {
        stopTimer({ outcome: (error as { code?: string }).code ?? 'error' });
        throw error;
      }
    });
  }
}
