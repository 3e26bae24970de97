import type { Actor } from '@sales/shared/domain';
import type { AppHarness } from './app-harness';

type Operation = { method: string; path: string; hasBody: boolean };

/** Every operation of the app's OpenAPI document, with path parameters filled with a placeholder. */
export async function listOperations(harness: AppHarness): Promise<Operation[]> {
  const { body: openapi } = await harness.request('GET', '/openapi.json');
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(openapi.paths as Record<string, Record<string, { requestBody?: unknown }>>)) {
    for (const [method, operation] of Object.entries(item)) {
      operations.push({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, 'probe-id'), hasBody: operation.requestBody !== undefined });
    }
  }
  return operations;
}

export type ProbeFinding = Readonly<{ operation: string; probe: string; status: number; body: unknown }>;

/**
 * Sends malformed bodies to every operation that takes one and returns each answer that is not a
 * 400 naming a field with zh-CN and English text. An empty result is the pass. Each probe is sent
 * as the first of `actors` whose role the route admits (guards run before validation).
 */
export async function probeBadInput(harness: AppHarness, actors: readonly Actor[]): Promise<{ probed: number; findings: ProbeFinding[] }> {
  const probes: Array<{ name: string; rawBody: string }> = [
    { name: 'malformed JSON', rawBody: '{"amount": ' },
    { name: 'unknown field', rawBody: JSON.stringify({ definitelyNotAField: 1 }) },
    { name: 'array instead of object', rawBody: '[1,2,3]' },
    { name: 'string instead of object', rawBody: '"text"' },
    { name: 'null body', rawBody: 'null' },
  ];
  const findings: ProbeFinding[] = [];
  let probed = 0;
  for (const operation of (await listOperations(harness)).filter((o) => o.hasBody)) {
    for (const probe of probes) {
      probed++;
      let answer = { status: 403, body: undefined as any };
      for (const actor of actors) {
        answer = await harness.request(operation.method, operation.path, { actor, rawBody: probe.rawBody });
        if (answer.status !== 403) break;
      }
      const { status, body } = answer;
      const named = Array.isArray(body?.fields) && body.fields.length > 0 && body.fields.every((f: { field?: string }) => typeof f.field === 'string');
      const bilingual = typeof body?.message?.zh === 'string' && typeof body?.message?.en === 'string';
      if (status !== 400 || !named || !bilingual) findings.push({ operation: `${operation.method} ${operation.path}`, probe: probe.name, status, body });
    }
  }
  return { probed, findings };
}
