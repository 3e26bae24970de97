import { SpanKind } from '@opentelemetry/api';
import { type PlatformMetrics, currentTraceparent, inSpan } from '@sales/shared/observability';
import type { AppendRequest, AppendResult, EventStore, OutboxRead } from './event-store.port';

/**
 * Decorates any EventStore adapter with the `append` span and metrics, and stamps the active
 * traceparent into the events, so the trace continues after the relay publishes them.
 */
export class TracedEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly metrics?: PlatformMetrics,
  ) {}

  get context() {
    return this.inner.context;
  }

  append(request: AppendRequest): Promise<AppendResult> {
    return inSpan(
      `append ${this.inner.context}`,
      {
        kind: SpanKind.INTERNAL,
        attributes: {
          'sales.stream_id': request.streamId,
          'sales.expected_version': request.expectedVersion,
        },
      },
      async () => {
        const traceparent = currentTraceparent() ?? request.metadata.traceparent;
        const result = await this.inner.append({
          ...request,
          metadata: { ...request.metadata, traceparent },
        });
        this.metrics?.eventsAppended.inc({ context: this.inner.context }, result.events.length);
        return result;
      },
    );
  }

  readStream(streamId: string) {
    return this.inner.readStream(streamId);
  }
  unpublished(limit: number, read?: OutboxRead) {
    return this.inner.unpublished(limit, read);
  }
  markPublished(commits: Parameters<EventStore['markPublished']>[0]) {
    return this.inner.markPublished(commits);
  }
  readAll() {
    return this.inner.readAll();
  }
  readPublished() {
    return this.inner.readPublished();
  }
  ping() {
    return this.inner.ping();
  }
  close() {
    return this.inner.close();
  }
}
