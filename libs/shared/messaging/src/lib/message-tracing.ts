import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  TraceFlags,
  type Context,
  type Span,
} from '@opentelemetry/api';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import type { TraceCarrier } from './cloud-events';

const TRACER = '@sales/shared/messaging';
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** A context whose parent is the given W3C traceparent, whatever propagator is installed. */
function contextOf(traceparent: string | undefined, base: Context): Context | undefined {
  const match = traceparent === undefined ? null : TRACEPARENT.exec(traceparent);
  if (!match) return undefined;
  const spanContext = {
    traceId: match[1],
    spanId: match[2],
    traceFlags: parseInt(match[3], 16) & TraceFlags.SAMPLED,
    isRemote: true,
  };
  return trace.isSpanContextValid(spanContext) ? trace.setSpanContext(base, spanContext) : undefined;
}

function hasValidSpan(ctx: Context): boolean {
  const span = trace.getSpan(ctx);
  return span !== undefined && trace.isSpanContextValid(span.spanContext());
}

export type PublishSpan = Readonly<{ carrier: TraceCarrier; end: (error?: unknown) => void }>;

/**
 * A PRODUCER span per event. Its parent is the active span when there is one (publishing inside
 * a request); otherwise — the relay publishes long after the request — the span that caused the
 * event, as recorded in its envelope. The returned carrier goes into the message headers.
 */
export function startPublishSpan(topic: string, event: EventEnvelope): PublishSpan {
  const active = context.active();
  const parent = hasValidSpan(active) ? active : (contextOf(event.traceparent, active) ?? active);
  const span = trace.getTracer(TRACER).startSpan(
    `publish ${topic}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'publish',
        'messaging.destination.name': topic,
        'messaging.message.id': event.id,
        'messaging.kafka.message.key': event.streamId,
        'cloudevents.event_id': event.id,
        'cloudevents.event_type': `${event.context}.${event.type}.v${event.schemaVersion}`,
      },
    },
    parent,
  );
  const carrier: Record<string, string> = {};
  propagation.inject(trace.setSpan(parent, span), carrier);
  return {
    carrier: { traceparent: carrier['traceparent'], tracestate: carrier['tracestate'] },
    end: (error) => endSpan(span, error),
  };
}

export type ConsumeSpanAttributes = Readonly<{
  topic: string;
  groupId: string;
  partition: number;
  offset: string;
  eventId?: string;
}>;

/**
 * Runs `work` inside a CONSUMER span whose parent is the trace context carried by the message
 * (extracted with the installed propagator, or read from `traceparent` directly).
 */
export async function withConsumeSpan<T>(
  headers: Readonly<Record<string, string>>,
  attributes: ConsumeSpanAttributes,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = carriedContext(headers) ?? ROOT_CONTEXT;
  const span = trace.getTracer(TRACER).startSpan(
    `process ${attributes.topic}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        ...consumeAttributes(attributes),
        'messaging.kafka.offset': Number(attributes.offset),
        ...(attributes.eventId === undefined ? {} : { 'messaging.message.id': attributes.eventId }),
      },
    },
    parent,
  );
  return runInSpan(span, parent, work);
}

export type BatchConsumeSpanAttributes = Readonly<{
  topic: string;
  groupId: string;
  partition: number;
  firstOffset: string;
  count: number;
}>;

/**
 * Runs `work` inside one CONSUMER span for a batch: a new trace (a batch has many parents),
 * linked to the trace context each message carries.
 */
export async function withBatchConsumeSpan<T>(
  messageHeaders: readonly Readonly<Record<string, string>>[],
  attributes: BatchConsumeSpanAttributes,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const links = messageHeaders.flatMap((headers) => {
    const carried = carriedContext(headers);
    const spanContext = carried && trace.getSpan(carried)?.spanContext();
    return spanContext ? [{ context: spanContext }] : [];
  });
  const span = trace.getTracer(TRACER).startSpan(
    `process ${attributes.topic}`,
    {
      kind: SpanKind.CONSUMER,
      links,
      attributes: {
        ...consumeAttributes(attributes),
        'messaging.kafka.offset': Number(attributes.firstOffset),
        'messaging.batch.message_count': attributes.count,
      },
    },
    ROOT_CONTEXT,
  );
  return runInSpan(span, ROOT_CONTEXT, work);
}

/** The trace context a message carries (installed propagator, or its `traceparent` read directly). */
function carriedContext(headers: Readonly<Record<string, string>>): Context | undefined {
  const extracted = propagation.extract(ROOT_CONTEXT, headers);
  return hasValidSpan(extracted) ? extracted : contextOf(headers['traceparent'], ROOT_CONTEXT);
}

function consumeAttributes(
  attributes: Readonly<{ topic: string; groupId: string; partition: number }>,
): Record<string, string> {
  return {
    'messaging.system': 'kafka',
    'messaging.operation.type': 'process',
    'messaging.destination.name': attributes.topic,
    'messaging.consumer.group.name': attributes.groupId,
    'messaging.destination.partition.id': String(attributes.partition),
  };
}

async function runInSpan<T>(span: Span, parent: Context, work: (span: Span) => Promise<T>): Promise<T> {
  try {
    const result = await context.with(trace.setSpan(parent, span), () => work(span));
    endSpan(span);
    return result;
  } catch (error) {
    endSpan(span, error);
    throw error;
  }
}

function endSpan(span: Span, error?: unknown): void {
  if (error !== undefined) {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({
      code: SpanStatusCode.ERROR,
      message: error instanceof Error ? error.message : String(error),
    });
  }
  span.end();
}
