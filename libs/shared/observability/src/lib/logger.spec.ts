import { Writable } from 'node:stream';
import { createLogger } from './logger';
import { inSpan, installTracing } from './tracing';

describe('JSON logs', () => {
  beforeAll(() => installTracing());

  function capture() {
    const lines: Record<string, unknown>[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    return { lines, logger: createLogger({ service: 'org-service', destination }) };
  }

  it('carry the trace and span ids of the active span', async () => {
    const { lines, logger } = capture();
    const ids = await inSpan('command org.HirePerson', {}, async (span) => {
      logger.info({ personId: 'p-li' }, '入职');
      return span.spanContext();
    });
    expect(lines[0]).toMatchObject({
      level: 'info',
      service: 'org-service',
      msg: '入职',
      personId: 'p-li',
      trace_id: ids.traceId,
      span_id: ids.spanId,
    });
    expect(String(lines[0]['time'])).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('have no trace ids outside a span', () => {
    const { lines, logger } = capture();
    logger.warn('no span');
    expect(lines[0]).not.toHaveProperty('trace_id');
    expect(lines[0]['level']).toBe('warn');
  });
});
