import { anEvent } from './event-bus.contract-spec';
import {
  fromTransportMessage,
  PoisonMessageError,
  toTransportMessage,
  type RawMessage,
} from './cloud-events';

function asKafkaDelivers(message: ReturnType<typeof toTransportMessage>): RawMessage {
  return {
    key: Buffer.from(message.key),
    value: Buffer.from(message.value),
    headers: Object.fromEntries(Object.entries(message.headers).map(([k, v]) => [k, Buffer.from(v)])),
  };
}

function poisonReason(message: RawMessage): string {
  try {
    fromTransportMessage(message);
  } catch (error) {
    expect(error).toBeInstanceOf(PoisonMessageError);
    expect((error as PoisonMessageError).code).toBe('poison-message');
    return (error as Error).message;
  }
  throw new Error('expected a poison message');
}

describe('CloudEvents binary-mode mapping', () => {
  const full = anEvent({
    version: 12,
    schemaVersion: 3,
    actor: { userId: 'u-1', role: 'finance', divisionId: 'div-north' },
    causationId: 'cmd-1',
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    data: { text: '回款', list: [1, 'two', { three: 3 }], none: null },
  });

  it('writes the CloudEvents attributes and the envelope extensions as headers, key = stream id, body = data', () => {
    const message = toTransportMessage(full);
    expect(message.key).toBe(full.streamId);
    expect(JSON.parse(message.value)).toEqual(full.data);
    expect(message.headers).toStrictEqual({
      ce_specversion: '1.0',
      ce_id: full.id,
      ce_type: 'contracts.ContractSigned.v3',
      ce_source: '/sales/contracts',
      ce_subject: full.streamId,
      ce_time: full.time,
      'content-type': 'application/json',
      ce_sequence: '12',
      ce_correlationid: full.correlationId,
      ce_causationid: 'cmd-1',
      ce_actorid: 'u-1',
      ce_actorrole: 'finance',
      ce_actordivision: 'div-north',
      ce_traceparent: full.traceparent,
      traceparent: full.traceparent,
    });
  });

  it('round-trips exactly, with and without the optional fields', () => {
    const minimal = anEvent();
    expect(fromTransportMessage(asKafkaDelivers(toTransportMessage(full)))).toStrictEqual(full);
    expect(fromTransportMessage(asKafkaDelivers(toTransportMessage(minimal)))).toStrictEqual(minimal);
  });

  it('puts the publish span on the wire but keeps the envelope traceparent in the event', () => {
    const hop = {
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-b7ad6b7169203331-01',
      tracestate: 'vendor=1',
    };
    const message = toTransportMessage(full, hop);
    expect(message.headers).toMatchObject({
      traceparent: hop.traceparent,
      tracestate: 'vendor=1',
      ce_traceparent: full.traceparent,
    });
    expect(fromTransportMessage(asKafkaDelivers(message))).toStrictEqual(full);
  });

  it('rejects what is not one of our events as poison', () => {
    const good = asKafkaDelivers(toTransportMessage(full));
    const without = (name: string): RawMessage => ({
      ...good,
      headers: Object.fromEntries(Object.entries(good.headers!).filter(([k]) => k !== name)),
    });
    const withHeader = (name: string, value: string): RawMessage => ({
      ...good,
      headers: { ...good.headers, [name]: Buffer.from(value) },
    });

    expect(poisonReason(without('ce_id'))).toMatch(/missing header ce_id/);
    expect(poisonReason({ ...good, value: Buffer.from('{not json') })).toMatch(/not JSON/);
    expect(poisonReason({ ...good, value: null })).toMatch(/empty body/);
    expect(poisonReason({ ...good, headers: undefined })).toMatch(/ce_specversion/);
    expect(poisonReason(withHeader('ce_specversion', '0.3'))).toMatch(/unsupported/);
    expect(poisonReason(withHeader('ce_type', 'ContractSigned'))).toMatch(/malformed ce_type/);
    expect(poisonReason(withHeader('ce_source', '/sales/org'))).toMatch(/does not match/);
    expect(poisonReason(withHeader('ce_sequence', 'x'))).toMatch(/bad ce_sequence/);
    expect(poisonReason(withHeader('ce_actorrole', 'pirate'))).toMatch(/unknown ce_actorrole/);
    expect(poisonReason(withHeader('content-type', 'application/avro'))).toMatch(/content-type/);
  });
});
