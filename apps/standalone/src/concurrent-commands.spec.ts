import { type AppHarness, startApp } from '@sales/shared/app-testing';
import { standaloneApp } from './standalone.app';

/** These org changes are dated before today (倒签): only with a reason, by the VP or an admin. */
const BACKDATED = '补录既有组织 / recording the existing department';

const vp = { userId: 'p-vp', role: 'vp' as const };
const HIRES = 32;

/** Sum of a Prometheus counter's samples whose labels include `labels`. */
function counterTotal(exposition: string, name: string, labels: string): number {
  return exposition
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && line.includes(labels))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

describe('concurrent commands on one stream in standalone', () => {
  let harness: AppHarness;
  beforeAll(async () => (harness = await startApp(standaloneApp)));
  afterAll(() => harness.close());

  it(`takes ${HIRES} simultaneous hires into the one org tree: all created, no 409, not a single retry`, async () => {
    const post = (path: string, body: unknown) => harness.request('POST', path, { actor: vp, body });
    expect(
      (
        await post('/org/people', {
          personId: 'p-vp',
          name: '王总',
          role: 'vp',
          effectiveOn: '2026-01-01',
          backdatingReason: BACKDATED,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await post('/org/divisions', {
          code: 'EAST',
          name: '华东事业部',
          effectiveOn: '2026-01-01',
          backdatingReason: BACKDATED,
        })
      ).status,
    ).toBe(201);

    const responses = await Promise.all(
      Array.from({ length: HIRES }, (_, i) =>
        post('/org/people', {
          personId: `p-${i}`,
          name: `销售${i}`,
          role: 'salesperson',
          divisionId: 'd-east',
          effectiveOn: '2026-02-01',
          backdatingReason: BACKDATED,
        }),
      ),
    );

    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    expect(responses.map((r) => r.body.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: HIRES }, (_, i) => i + 3),
    );
    const tree = await harness.request('GET', '/org/tree', { actor: vp });
    expect(tree.body.people).toHaveLength(HIRES + 1);
    // In one process the commands queue per stream; retrying is only for races with other processes.
    const metrics = String((await harness.request('GET', '/metrics')).body);
    expect(metrics).toContain('sales_command_retries_total');
    expect(counterTotal(metrics, 'sales_command_retries_total', 'context="org"')).toBe(0);
  });
});
