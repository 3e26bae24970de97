import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { type ContractTerms, contractStreamId, receivableStreamId } from '@sales/contracts/domain';
import { SYSTEM_ACTOR, SettableClock } from '@sales/shared/domain';
import { CommandExecutor, FileEventStore } from '@sales/shared/event-sourcing';
import { PlatformMetrics } from '@sales/shared/observability';
import type { ContextRuntime } from '@sales/shared/runtime';
import type { ContractsOrgReader } from '../org/contracts-org.reader';
import { OverdueRounds } from './overdue-rounds';
import { ReceivableContracts } from './receivable-contracts';
import { ReceivablesService } from './receivables.service';

const yuan = (amount: number) => amount * 100;
const silent = { error: () => undefined, info: () => undefined } as unknown as Logger;

const terms = (contractId: string, customerId: string): ContractTerms => ({
  contractId,
  formNumber: `HT-2027-${contractId}`,
  customerId,
  signerId: 'p-li',
  divisionId: 'd-east',
  signedOn: '2027-01-10',
  currency: 'CNY',
  amountMinor: yuan(500_000),
  costEstimateMinor: yuan(300_000),
  lines: [{ productLineId: 'led', amountMinor: yuan(500_000), vatBasisPoints: 1300 }],
  paymentPlan: [
    { instalmentId: 'i1', name: '预付款', dueOn: '2027-01-31', amountMinor: yuan(200_000) },
    { instalmentId: 'i2', name: '验收款', dueOn: '2027-03-31', amountMinor: yuan(300_000) },
  ],
  reportId: 'r-1',
  override: null,
});

/**
 * One contracts-service replica as the overdue round sees it: its own command executor (so two
 * replicas race on appends as two processes do, and the loser decides again), its own indexes
 * and clock, over the one store they share.
 */
function replica(store: FileEventStore, at: string) {
  const clock = new SettableClock(new Date(at));
  const commands = new CommandExecutor(store, new PlatformMetrics(), () => undefined, {
    retries: 10,
    backoffMs: 1,
  });
  const runtime = { store, commands } as unknown as ContextRuntime;
  const contracts = new ReceivableContracts(store, 0);
  const org = {
    treeToday: async () => ({ asOf: null, divisions: [], people: [] }),
  } as unknown as ContractsOrgReader;
  const receivables = new ReceivablesService(runtime, clock, org, contracts);
  const rounds = new OverdueRounds(contracts, receivables, clock, silent, { intervalMs: 0 });
  return { clock, rounds, contracts };
}

describe('OverdueRounds: InstalmentOverdue once, however many replicas run the day (K5)', () => {
  let dir: string;
  let store: FileEventStore;

  const overdue = async (contractId: string) =>
    (await store.readStream(receivableStreamId(contractId))).events
      .filter((e) => e.type === 'InstalmentOverdue')
      .map((e) => (e.data as { instalmentId: string; overdueOn: string }).instalmentId);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'overdue-rounds-'));
    store = await FileEventStore.open(dir, 'contracts');
    for (const [contractId, customerId] of [
      ['k-1', 'c-1'],
      ['k-2', 'c-2'],
    ]) {
      await store.append({
        streamId: contractStreamId(contractId),
        expectedVersion: 0,
        events: [
          { type: 'ContractSigned', data: { terms: terms(contractId, customerId), signedBy: 'p-li' } },
        ],
        metadata: { actor: SYSTEM_ACTOR, correlationId: `sign-${contractId}` },
      });
    }
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('on the due date nothing; the day after, two replicas at once append each overdue instalment once', async () => {
    const a = replica(store, '2027-01-31T09:00:00+08:00');
    const b = replica(store, '2027-01-31T09:00:00+08:00');
    await Promise.all([a.rounds.runOnce(), b.rounds.runOnce()]);
    expect(await overdue('k-1')).toEqual([]);
    for (const r of [a, b]) r.clock.set('2027-02-01T00:05:00+08:00');
    const reports = await Promise.all([a.rounds.runOnce(), b.rounds.runOnce()]);
    expect(reports.map((r) => r.visited)).toEqual([2, 2]);
    expect(reports.map((r) => r.failed)).toEqual([0, 0]);
    const appended = reports.flatMap((r) => r.outcomes.flatMap((o) => o.outcome.events));
    expect(appended).toHaveLength(2);
    expect(await overdue('k-1')).toEqual(['i1']);
    expect(await overdue('k-2')).toEqual(['i1']);
  });

  it('the same replica running the day twice, and a later day, add nothing for an instalment already announced', async () => {
    const a = replica(store, '2027-02-01T09:00:00+08:00');
    await a.rounds.runOnce();
    await a.rounds.runOnce();
    a.clock.set('2027-02-20T09:00:00+08:00');
    await a.rounds.runOnce();
    expect(await overdue('k-1')).toEqual(['i1']);
    a.clock.set('2027-04-01T09:00:00+08:00');
    await a.rounds.runOnce();
    expect(await overdue('k-1')).toEqual(['i1', 'i2']);
  });

  it('a contract another replica signed after this one started is found by the next round', async () => {
    const a = replica(store, '2027-02-01T09:00:00+08:00');
    await a.rounds.runOnce();
    await store.append({
      streamId: contractStreamId('k-3'),
      expectedVersion: 0,
      events: [{ type: 'ContractSigned', data: { terms: terms('k-3', 'c-3'), signedBy: 'p-li' } }],
      metadata: { actor: SYSTEM_ACTOR, correlationId: 'sign-k-3' },
    });
    expect((await a.rounds.runOnce()).visited).toBe(3);
    expect(await overdue('k-3')).toEqual(['i1']);
  });
});
