import type { Actor } from '@sales/shared/domain';
import type { AppHarness } from './app-harness';

type Parameter = {
  name: string;
  in: string;
  schema?: { example?: unknown; format?: string; pattern?: string };
};
type Operation = { method: string; path: string; hasBody: boolean; isPublic: boolean; dateQueries: string[] };

/**
 * Every operation of the app's OpenAPI document. Path parameters get their documented example
 * (so a probe reaches the body's validation, not a 400 for the path), else a placeholder.
 */
export async function listOperations(harness: AppHarness): Promise<Operation[]> {
  const { body: openapi } = await harness.request('GET', '/openapi.json');
  const operations: Operation[] = [];
  type Item = { requestBody?: unknown; parameters?: Parameter[]; security?: unknown[] };
  for (const [path, item] of Object.entries(openapi.paths as Record<string, Record<string, Item>>)) {
    for (const [method, operation] of Object.entries(item)) {
      const parameters = operation.parameters ?? [];
      const example = (name: string) =>
        parameters.find((p) => p.in === 'path' && p.name === name)?.schema?.example;
      operations.push({
        method: method.toUpperCase(),
        path: path.replace(/\{([^}]+)\}/g, (_, name: string) =>
          encodeURIComponent(String(example(name) ?? 'probe-id')),
        ),
        hasBody: operation.requestBody !== undefined,
        isPublic: Array.isArray(operation.security) && operation.security.length === 0,
        dateQueries: parameters
          .filter((p) => p.in === 'query' && (p.schema?.format === 'date' || /date|asOf|On$/i.test(p.name)))
          .map((p) => p.name),
      });
    }
  }
  return operations;
}

export type ProbeFinding = Readonly<{ operation: string; probe: string; status: number; body: unknown }>;

type Probe = Readonly<{
  name: string;
  rawBody?: string;
  contentType?: string;
  query?: string;
  /** Which answer passes: the status, and the field the problem must name (any field when omitted). */
  expect: { status: number; field?: string; error?: string };
}>;

const UNKNOWN = 'definitelyNotAField';

/** `[[[…1…]]]`, two bytes a level: ~1,300 levels fit in 2.6 KB. */
const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

/**
 * Sends malformed input to every operation and returns each answer that is not the expected 4xx
 * with a problem body in zh-CN and English (a 400 names the field). An empty result is the pass.
 *  - operations taking a body: malformed JSON, an unknown field (the 400 must name it), an array,
 *    a string, null, an empty body, no body at all;
 *  - every operation: a body over the size limit (413), ~1,300 levels of nesting (400), an
 *    impossible calendar date in each date query parameter (400 naming it), an unknown query
 *    parameter on every protected route and, where the operation takes no body, an unknown field
 *    (400 naming it: nothing may be silently ignored).
 * Each probe is sent as the first of `actors` whose role the route admits (guards run before
 * validation).
 */
export async function probeBadInput(
  harness: AppHarness,
  actors: readonly Actor[],
  options: { bodyLimitBytes?: number } = {},
): Promise<{ probed: number; findings: ProbeFinding[] }> {
  const limit = options.bodyLimitBytes ?? 100 * 1024;
  const everywhere: Probe[] = [
    {
      name: 'oversized body',
      rawBody: JSON.stringify({ padding: 'x'.repeat(limit + 1) }),
      expect: { status: 413, error: 'payload-too-large' },
    },
    {
      name: 'deeply nested body',
      rawBody: `{"a":${nested(1300)}}`,
      expect: { status: 400, error: 'too-deeply-nested' },
    },
  ];
  const withBody: Probe[] = [
    { name: 'malformed JSON', rawBody: '{"amount": ', expect: { status: 400 } },
    {
      name: 'unknown field',
      rawBody: JSON.stringify({ [UNKNOWN]: 1 }),
      expect: { status: 400, field: UNKNOWN },
    },
    { name: 'array instead of object', rawBody: '[1,2,3]', expect: { status: 400 } },
    { name: 'string instead of object', rawBody: '"text"', expect: { status: 400 } },
    { name: 'null body', rawBody: 'null', expect: { status: 400 } },
    { name: 'empty body', rawBody: '', contentType: 'application/json', expect: { status: 400 } },
    { name: 'no body', expect: { status: 400 } },
  ];
  const withoutBody: Probe[] = [
    {
      name: 'unknown field on a route without a body',
      rawBody: JSON.stringify({ [UNKNOWN]: 1 }),
      expect: { status: 400, field: UNKNOWN },
    },
  ];

  const findings: ProbeFinding[] = [];
  let probed = 0;
  for (const operation of await listOperations(harness)) {
    const dates: Probe[] = operation.dateQueries.map((name) => ({
      name: `impossible date in ${name}`,
      query: `${name}=2026-13-45`,
      expect: { status: 400, field: name },
    }));
    // fetch sends no body with GET/HEAD; those are probed through their query parameters.
    const bodies =
      operation.method === 'GET' || operation.method === 'HEAD'
        ? []
        : [...everywhere, ...(operation.hasBody ? withBody : withoutBody)];
    const unknownQuery: Probe[] = operation.isPublic
      ? []
      : [{ name: 'unknown query parameter', query: `${UNKNOWN}=1`, expect: { status: 400, field: UNKNOWN } }];
    for (const probe of [...bodies, ...dates, ...unknownQuery]) {
      probed++;
      const path = probe.query ? `${operation.path}?${probe.query}` : operation.path;
      const headers = probe.contentType ? { 'content-type': probe.contentType } : undefined;
      let answer = { status: 403, body: undefined as any };
      for (const actor of actors) {
        answer = await harness.request(operation.method, path, { actor, rawBody: probe.rawBody, headers });
        if (answer.status !== 403) break;
      }
      if (!passes(probe, answer))
        findings.push({
          operation: `${operation.method} ${operation.path}`,
          probe: probe.name,
          status: answer.status,
          body: answer.body,
        });
    }
  }
  return { probed, findings };
}

function passes(probe: Probe, { status, body }: { status: number; body: any }): boolean {
  const bilingual = isLocalized(body?.message);
  if (status !== probe.expect.status || !bilingual) return false;
  if (probe.expect.error && body.error !== probe.expect.error) return false;
  if (status !== 400) return true;
  const fields: Array<{ field?: unknown; message?: unknown }> = Array.isArray(body?.fields)
    ? body.fields
    : [];
  const named =
    fields.length > 0 && fields.every((f) => typeof f.field === 'string' && isLocalized(f.message));
  return named && (probe.expect.field === undefined || fields.some((f) => f.field === probe.expect.field));
}

function isLocalized(message: unknown): boolean {
  const text = message as { zh?: unknown; en?: unknown } | undefined;
  return typeof text?.zh === 'string' && typeof text?.en === 'string';
}
