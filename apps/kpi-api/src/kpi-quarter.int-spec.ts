import {
  type KpiQuarterApis,
  type KpiQuarterOutcome,
  KPI_QUARTER_DAYS,
  feedKpiQuarter,
  kpiCaughtUp,
  kpiQuarterChecks,
} from '@sales/kpi/testing';
import {
  type ApiCall,
  type DistributedPlatform,
  type ServiceName,
  openDistributedPlatform,
} from '@sales/shared/app-testing';
import type { ServiceProcess } from '@sales/shared/app-testing';
import { uniqueName } from '@sales/shared/testing';

/** The processes whose clock the feed needs; the projector never reads the clock (facts carry event time). */
const CLOCKED: readonly ServiceName[] = ['org', 'targets', 'customers', 'contracts', 'kpi-api'];

/**
 * Issue 11's scenario across processes: org-, targets-, customers- and contracts-service,
 * kpi-projector and kpi-api, each its own OS process on the real Kafka broker and the
 * MongoDB-wire server (deploy/local). The quarter is fed through their HTTP APIs on four record
 * days — every process but the projector restarted on its own database with that day's
 * SALES_CLOCK — and the KPI API's figures must equal the hand-worked literals
 * (libs/kpi/testing/src/kpi-quarter.expected*.ts), the same checks as standalone's.
 */
describe('KPI figures of a quarter across services, against hand-worked values', () => {
  let platform: DistributedPlatform;
  let kpi: ApiCall;
  let outcome: KpiQuarterOutcome;
  const clocks: string[] = [];

  beforeAll(async () => {
    platform = await openDistributedPlatform('kpiq');
    const databases = Object.fromEntries(
      [...CLOCKED, 'kpi-projector'].map((name) => [name, uniqueName(name.replace('-', ''))]),
    ) as Record<ServiceName, string>;
    // kpi-api reads the read model the projector writes: one database.
    databases['kpi-api'] = databases['kpi-projector'];
    await platform.start('kpi-projector', { database: databases['kpi-projector'] });
    let running: ServiceProcess[] = [];
    outcome = await platform.explained(() =>
      feedKpiQuarter({
        async onDay(instant): Promise<KpiQuarterApis> {
          await Promise.all(running.map((process) => process.stop()));
          running = await Promise.all(
            CLOCKED.map((name) =>
              platform.start(name, { database: databases[name], env: { SALES_CLOCK: instant } }),
            ),
          );
          clocks.push(instant);
          const [org, targets, customers, contracts, kpiApi] = running.map((p) => platform.api(p));
          kpi = kpiApi;
          return { org, targets, customers, contracts, kpi: kpiApi };
        },
      }),
    );
    await platform.explained(() => kpiCaughtUp(kpi, 90_000));
  }, 900_000);

  afterAll(() => platform?.close());

  it('ran on four record days, each process restarted on its own data with that day’s clock', () => {
    expect(clocks).toEqual(Object.values(KPI_QUARTER_DAYS));
    expect(outcome.latePaymentId).toBe('pay-kpi-li1-2');
  });

  kpiQuarterChecks(() => kpi);
});
