import { SpanKind, context, trace } from '@opentelemetry/api';
import { type PlatformMetrics, TRACER_NAME, contextFromTraceparent } from '@sales/shared/observability';

type Req = {
  method: string;
  originalUrl: string;
  headers: Record<string, string | string[] | undefined>;
  route?: { path?: string };
};
type Res = {
  statusCode: number;
  on(event: 'finish' | 'close', listener: () => void): void;
  setHeader(name: string, value: string): void;
};

/** SERVER span per request (continuing an incoming traceparent) and the request counter. */
export function httpTelemetry(metrics: PlatformMetrics) {
  return (req: Req, res: Res, next: () => void) => {
    const header = req.headers['traceparent'];
    const parent = contextFromTraceparent(Array.isArray(header) ? header[0] : header);
    const span = trace
      .getTracer(TRACER_NAME)
      .startSpan(
        `HTTP ${req.method}`,
        { kind: SpanKind.SERVER, attributes: { 'http.method': req.method, 'http.target': req.originalUrl } },
        parent,
      );
    const spanContext = span.spanContext();
    res.setHeader(
      'traceparent',
      `00-${spanContext.traceId}-${spanContext.spanId}-0${spanContext.traceFlags}`,
    );
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      const route = req.route?.path ?? 'unmatched';
      span.updateName(`HTTP ${req.method} ${route}`);
      span.setAttribute('http.status_code', res.statusCode);
      span.end();
      metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
    };
    res.on('finish', end);
    res.on('close', end);
    context.with(trace.setSpan(parent, span), next);
  };
}
