import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppHarness, eventually, startApp } from '@sales/shared/app-testing';
import { standaloneApp } from '../standalone.app';

describe('demo department (npm start -- --demo)', () => {
  let dataDir: string;
  let harness: AppHarness;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'demo-'));
    harness = await startApp(standaloneApp, { SALES_DEMO: '1', DATA_DIR: dataDir });
  }, 60_000);
  afterAll(async () => {
    await harness?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const vp = { userId: 'p-vp', role: 'vp' as const };
  const year = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
  );

  it('has a VP, three divisions with Chinese names and twenty salespeople', async () => {
    const tree = (await harness.request('GET', '/org/tree', { actor: vp })).body;
    expect(tree.divisions.map((d: any) => d.name)).toEqual(['华东事业部', '华南事业部', '华北事业部']);
    expect(tree.people.filter((p: any) => p.role === 'salesperson')).toHaveLength(20);
    expect(tree.people.filter((p: any) => p.role === 'division_manager')).toHaveLength(3);
    expect(tree.people.filter((p: any) => p.role === 'vp').map((p: any) => p.name)).toEqual(['王建国']);
    expect(tree.people.every((p: any) => /^[\u4e00-\u9fa5]{2,3}$/.test(p.name))).toBe(true);
  });

  it('has an approved fiscal-year plan split exactly down to every salesperson, with progressive quarters', async () => {
    const plan = (await harness.request('GET', `/targets/plans/${year}`, { actor: vp })).body;
    expect(plan.approved).toBe(true);
    expect(plan.units).toHaveLength(4);
    expect(plan.units.every((u: any) => u.status === 'approved')).toBe(true);
    expect(plan.allocation.length).toBeGreaterThan(0);
    expect(plan.allocation.filter((l: any) => l.status !== 'exact')).toEqual([]);
    expect(plan.nodes.filter((n: any) => n.node.startsWith('salesperson:'))).toHaveLength(20);
    const company = plan.nodes.find((n: any) => n.node === 'company');
    const quarters: number[] = company.targets.salesAmount.realistic.quarters;
    expect(quarters.every((q, i) => i === 0 || q > quarters[i - 1])).toBe(true);
  });

  it('has customers graded over A–D, their visits and expenses, in Chinese', async () => {
    // Grades follow contracts' payments, which customers learns from their events.
    const customers = await eventually(async () => {
      const list = (await harness.request('GET', '/customers', { actor: vp })).body;
      expect(new Set(list.map((c: any) => c.grade))).toEqual(new Set(['A', 'B', 'C', 'D', 'ungraded']));
      return list;
    }, 60_000);
    expect(customers.length).toBeGreaterThan(80);
    expect(
      customers.every((c: any) => /[\u4e00-\u9fa5]/.test(c.name) && /[\u4e00-\u9fa5]/.test(c.owner)),
    ).toBe(true);
    const li = { userId: 'p-li-na', role: 'salesperson' as const };
    const hers = (await harness.request('GET', '/customers', { actor: li })).body;
    expect(hers.length).toBeGreaterThanOrEqual(4);
    expect(hers.every((c: any) => c.ownerId === 'p-li-na')).toBe(true);
    const visits = (await harness.request('GET', `/customers/visits?from=${year}-01-01`, { actor: vp })).body;
    expect(visits.length).toBeGreaterThan(100);
    const expenses = (await harness.request('GET', `/customers/expenses?from=${year}-01-01`, { actor: vp }))
      .body;
    expect(expenses.length).toBeGreaterThan(20);
  });

  it('has a year of contracts: reported, signed on forms, installed (a stop directive in force), invoiced and paid, some overdue', async () => {
    const contracts = (await harness.request('GET', '/contracts', { actor: vp })).body;
    expect(contracts.length).toBeGreaterThan(50);
    const ageing = await harness.request('GET', '/contracts/receivables/ageing?groupBy=division', {
      actor: vp,
    });
    expect(ageing.status).toBe(200);
    const unreturned = await harness.request('GET', '/contracts/forms/unreturned', { actor: vp });
    expect(JSON.stringify(unreturned.body)).toContain('p-li-na');
    const stopped = contracts.filter((c: any) => c.contractId === 'demo-k-' + year + '-008');
    expect(stopped).toHaveLength(1);
    const directives = await harness.request('GET', `/contracts/${stopped[0].contractId}/directives`, {
      actor: vp,
    });
    expect(JSON.stringify(directives.body)).toContain('停工整改');
  });

  it('shows the year’s KPIs: the company’s figures on the shipped calendar and a ranking in names', async () => {
    const figures = await eventually(async () => {
      const answer = await harness.request('GET', `/kpi/figures?subject=company&period=${year}`, {
        actor: vp,
      });
      expect(answer.status).toBe(200);
      const p1 = answer.body.figures.find((f: any) => f.id === 'P1.realistic');
      expect(p1.inputs.signed.amountMinor).toBeGreaterThan(0);
      return answer.body;
    }, 60_000);
    const p4 = figures.figures.find((f: any) => f.id === 'P4');
    // The shipped calendar of the year (official 2025, the labelled 2026 sample) counts the working days.
    expect(p4.inputs.unarrangedYears).toEqual(year <= 2026 ? [] : [year]);
    const ranking = await harness.request('GET', `/kpi/rankings?within=company&period=${year}`, {
      actor: vp,
    });
    expect(ranking.status).toBe(200);
    expect(JSON.stringify(ranking.body)).toContain('李娜');
  });

  it('appraises the last completed quarter: the VP’s scheme, grades and payouts in names and 元', async () => {
    const schemes = (await harness.request('GET', '/appraisal/schemes', { actor: vp })).body;
    expect(JSON.stringify(schemes)).toContain('业务人员季度考核办法');
    const month = Number(
      new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', month: 'numeric' }).format(new Date()),
    );
    const quarter = Math.floor((month - 1) / 3);
    if (quarter === 0) return; // January–March: no quarter of the demo year is over yet.
    const results = await harness.request(
      'GET',
      `/appraisal/cycles/sales-quarterly.${year}-Q${quarter}/results`,
      {
        actor: vp,
      },
    );
    expect(results.status).toBe(200);
    expect(results.body.status).toBe('published');
    expect(results.body.results).toHaveLength(20);
    const names = results.body.results.map((r: any) => r.subject.name);
    expect(names).toContain('李娜');
    expect(results.body.results.every((r: any) => /^[ABCD]$/.test(r.grade))).toBe(true);
    expect(results.body.results.every((r: any) => /元$/.test(r.payout.display))).toBe(true);
    // The ladder's help step opens an improvement plan for each D (A4).
    const ds = results.body.results.filter((r: any) => r.grade === 'D');
    expect(ds.every((r: any) => r.ladderStep === 'help')).toBe(true);
    const meetings = await harness.request('GET', '/appraisal/meetings', { actor: vp });
    expect(JSON.stringify(meetings.body)).toContain('华东事业部');
  });

  it('is loaded once: a restart on the same data adds nothing', async () => {
    const before = (await harness.request('GET', `/targets/plans/${year}/versions`, { actor: vp })).body;
    const tree = (await harness.request('GET', '/org/tree', { actor: vp })).body;
    await harness.close();
    harness = await startApp(standaloneApp, { SALES_DEMO: '1', DATA_DIR: dataDir });
    expect((await harness.request('GET', `/targets/plans/${year}/versions`, { actor: vp })).body).toEqual(
      before,
    );
    expect((await harness.request('GET', '/org/tree', { actor: vp })).body).toEqual(tree);
  });
});
