import {
  type Attributes,
  type Context,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  context,
  propagation,
  trace,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  BasicTracerProvider,
  type SpanExporter,
  SimpleSpanProcessor,
  BatchSpanProcessor,
} from '@opentelemetry/sdk-trace-base';

export const TRACER_NAME = 'sales-platform';

let installed: BasicTracerProvider | undefined;

/**
 * Installs the global tracer provider, the AsyncLocalStorage context manager and the W3C
 * propagator once per process. Without an exporter spans still carry ids (logs and Kafka headers
 * use them); an OTLP exporter can be passed by the app when a collector is configured.
 */
export function installTracing(
  options: { exporter?: SpanExporter; batch?: boolean } = {},
): BasicTracerProvider {
  if (installed) return installed;
  const spanProcessors = options.exporter
    ? [
        options.batch === false
          ? new SimpleSpanProcessor(options.exporter)
          : new BatchSpanProcessor(options.exporter),
      ]
    : [];
  installed = new BasicTracerProvider({ spanProcessors });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(installed);
  return installed;
}

/** Runs `work` inside a span that ends with it, recording failures. */
export async function inSpan<T>(
  name: string,
  options: { kind?: SpanKind; attributes?: Attributes; parent?: Context },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const tracer = trace.getTracer(TRACER_NAME);
  const parent = options.parent ?? context.active();
  return tracer.startActiveSpan(
    name,
    { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes },
    parent,
    async (span) => {
      try {
        return await work(span);
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** The W3C traceparent of the active span, to store in events. */
export function currentTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier['traceparent'];
}

/** A context whose parent is the given traceparent header (incoming HTTP, stored events). */
export function contextFromTraceparent(traceparent: string | undefined, tracestate?: string): Context {
  if (!traceparent) return context.active();
  return propagation.extract(ROOT_CONTEXT, tracestate ? { traceparent, tracestate } : { traceparent });
}
