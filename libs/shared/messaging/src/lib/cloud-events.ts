import { isRole } from '@sales/shared/domain';
import { cloudEventType, type EventEnvelope } from '@sales/shared/event-sourcing';

/** A message as it travels: what Kafka stores, and what the in-process bus keeps in its logs. */
export type TransportMessage = Readonly<{
  key: string;
  value: string;
  headers: Readonly<Record<string, string>>;
}>;

/** Raw header values as kafkajs hands them out (Buffers, possibly repeated). */
export type RawHeaders = Readonly<Record<string, Buffer | string | (Buffer | string)[] | undefined>>;

export type RawMessage = Readonly<{
  key: Buffer | string | null;
  value: Buffer | string | null;
  headers?: RawHeaders;
}>;

/** W3C trace context to put on the wire: the publish span's, not necessarily the event's origin. */
export type TraceCarrier = Readonly<{ traceparent?: string; tracestate?: string }>;

/** A message that cannot be turned back into an envelope; it goes straight to the dead-letter topic. */
export class PoisonMessageError extends Error {
  readonly code = 'poison-message';
  constructor(reason: string) {
    super(`poison message: ${reason}`);
    this.name = 'PoisonMessageError';
  }
}

export const CE = {
  specversion: 'ce_specversion',
  id: 'ce_id',
  type: 'ce_type',
  source: 'ce_source',
  subject: 'ce_subject',
  time: 'ce_time',
  sequence: 'ce_sequence',
  correlationId: 'ce_correlationid',
  causationId: 'ce_causationid',
  actorId: 'ce_actorid',
  actorRole: 'ce_actorrole',
  actorDivision: 'ce_actordivision',
  // The envelope's own traceparent (the span that caused the event). The plain `traceparent`
  // header carries the transport hop (the publish span), which is a child of it, so both are kept
  // and the envelope round-trips exactly whatever tracing is active.
  origin: 'ce_traceparent',
  contentType: 'content-type',
  traceparent: 'traceparent',
  tracestate: 'tracestate',
} as const;

const SPEC_VERSION = '1.0';
const JSON_CONTENT_TYPE = 'application/json';
const TYPE_PATTERN = /^([a-z0-9-]+)\.([A-Za-z0-9_]+)\.v([1-9][0-9]*)$/;

export function cloudEventSource(context: string): string {
  return `/sales/${context}`;
}

/** Envelope → CloudEvents 1.0 binary-mode Kafka message (key = stream id, body = JSON of data). */
export function toTransportMessage(event: EventEnvelope, trace: TraceCarrier = {}): TransportMessage {
  const headers: Record<string, string> = {
    [CE.specversion]: SPEC_VERSION,
    [CE.id]: event.id,
    [CE.type]: cloudEventType(event),
    [CE.source]: cloudEventSource(event.context),
    [CE.subject]: event.streamId,
    [CE.time]: event.time,
    [CE.contentType]: JSON_CONTENT_TYPE,
    [CE.sequence]: String(event.version),
    [CE.correlationId]: event.correlationId,
    [CE.actorId]: event.actor.userId,
    [CE.actorRole]: event.actor.role,
  };
  if (event.actor.divisionId !== undefined) headers[CE.actorDivision] = event.actor.divisionId;
  if (event.causationId !== undefined) headers[CE.causationId] = event.causationId;
  if (event.traceparent !== undefined) headers[CE.origin] = event.traceparent;
  const traceparent = trace.traceparent ?? event.traceparent;
  if (traceparent !== undefined) headers[CE.traceparent] = traceparent;
  if (trace.tracestate) headers[CE.tracestate] = trace.tracestate;
  return { key: event.streamId, value: JSON.stringify(event.data ?? null), headers };
}

/** Header values as text; a repeated header keeps its last value. */
export function headersAsText(headers: RawHeaders | undefined): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers ?? {})) {
    const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (value !== undefined) text[name] = value.toString();
  }
  return text;
}

/** Kafka message → envelope; throws PoisonMessageError when it is not one of our events. */
export function fromTransportMessage(message: RawMessage): EventEnvelope {
  const h = headersAsText(message.headers);
  const required = (name: string): string => {
    const value = h[name];
    if (value === undefined || value === '') throw new PoisonMessageError(`missing header ${name}`);
    return value;
  };
  if (required(CE.specversion) !== SPEC_VERSION)
    throw new PoisonMessageError(`unsupported ${CE.specversion} ${h[CE.specversion]}`);
  const id = required(CE.id);
  const ceType = required(CE.type);
  const typeMatch = TYPE_PATTERN.exec(ceType);
  if (!typeMatch) throw new PoisonMessageError(`malformed ${CE.type} ${ceType}`);
  const [, context, type, schemaVersion] = typeMatch;
  if (required(CE.source) !== cloudEventSource(context))
    throw new PoisonMessageError(`${CE.source} does not match ${CE.type} ${ceType}`);
  const contentType = h[CE.contentType];
  if (contentType !== undefined && !contentType.startsWith(JSON_CONTENT_TYPE))
    throw new PoisonMessageError(`unsupported content-type ${contentType}`);
  const version = Number(required(CE.sequence));
  if (!Number.isSafeInteger(version) || version < 1)
    throw new PoisonMessageError(`bad ${CE.sequence} ${h[CE.sequence]}`);
  const role = required(CE.actorRole);
  if (!isRole(role)) throw new PoisonMessageError(`unknown ${CE.actorRole} ${role}`);
  if (message.value === null) throw new PoisonMessageError('empty body');
  let data: unknown;
  try {
    data = JSON.parse(message.value.toString());
  } catch (error) {
    throw new PoisonMessageError(`body is not JSON (${(error as Error).message})`);
  }
  const divisionId = h[CE.actorDivision];
  const causationId = h[CE.causationId];
  const traceparent = h[CE.origin];
  return {
    id,
    context,
    streamId: required(CE.subject),
    version,
    type,
    schemaVersion: Number(schemaVersion),
    data,
    time: required(CE.time),
    actor:
      divisionId === undefined
        ? { userId: required(CE.actorId), role }
        : { userId: required(CE.actorId), role, divisionId },
    correlationId: required(CE.correlationId),
    ...(causationId === undefined ? {} : { causationId }),
    ...(traceparent === undefined ? {} : { traceparent }),
  };
}
