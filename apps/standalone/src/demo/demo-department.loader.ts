import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from '@sales/shared/config';
import {
  DEMO_DIVISIONS,
  DEMO_STAFF,
  DEMO_VP,
  divisionTargets,
  sumTargets,
  withProgressiveQuarters,
} from '@sales/demo';
import { type Actor, NotFoundError } from '@sales/shared/domain';
import { OrgService } from '@sales/org/service';
import { APP_CONFIG, LOGGER } from '@sales/shared/runtime';
import { PlanService } from '@sales/targets/service';
import { DemoAppraisalLoader } from './demo-appraisal.loader';
import { DemoContractsLoader } from './demo-contracts.loader';
import { DemoCustomersLoader } from './demo-customers.loader';

/**
 * `npm start -- --demo`: loads the demo department through the same commands users send, once
 * (an org that already has people is left alone): the VP, three divisions with their managers,
 * twenty salespeople, the fiscal year's plan split down to each of them and approved, and their
 * customers, visits, check-ins and expenses (DemoCustomersLoader), their contracts
 * (DemoContractsLoader), and the appraisal of the last completed quarter (DemoAppraisalLoader).
 */
@Injectable()
export class DemoDepartmentLoader implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly org: OrgService,
    private readonly plans: PlanService,
    private readonly customers: DemoCustomersLoader,
    private readonly contracts: DemoContractsLoader,
    private readonly appraisal: DemoAppraisalLoader,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    if (!(await this.org.isEmpty())) {
      this.logger.info('demo department: org already has data, nothing loaded');
      return;
    }
    const fiscalYear = Number(
      new Intl.DateTimeFormat('en', { timeZone: this.config.businessTimeZone, year: 'numeric' }).format(
        new Date(),
      ),
    );
    await this.loadOrg(`${fiscalYear}-01-01`);
    await this.loadPlan(fiscalYear);
    const customerIds = await this.customers.load(fiscalYear);
    await this.contracts.load(fiscalYear, customerIds);
    await this.appraisal.load(fiscalYear);
    this.logger.info(
      {
        fiscalYear,
        divisions: DEMO_DIVISIONS.length,
        salespeople: DEMO_DIVISIONS.reduce((n, d) => n + d.salespeople.length, 0),
      },
      'demo department loaded',
    );
  }

  private async loadOrg(effectiveOn: string): Promise<void> {
    const admin: Actor = { userId: 'p-admin', role: 'admin' };
    const vp: Actor = { userId: DEMO_VP.personId, role: 'vp' };
    // The department existed before the platform: its people are recorded as of the year's start.
    const backdating =
      '演示数据：补录年初既有组织 / demo data: the department as it stood at the start of the year';
    const asAdmin = this.org.commandContext(admin, backdating);
    const asVp = this.org.commandContext(vp, backdating);
    await this.org.execute(
      {
        type: 'HirePerson',
        data: { ...asAdmin, personId: DEMO_VP.personId, name: DEMO_VP.name, role: 'vp', effectiveOn },
      },
      admin,
    );
    for (const person of DEMO_STAFF) {
      await this.org.execute(
        {
          type: 'HirePerson',
          data: { ...asVp, ...person, divisionId: null, managerId: DEMO_VP.personId, effectiveOn },
        },
        vp,
      );
    }
    for (const division of DEMO_DIVISIONS) {
      await this.org.execute(
        {
          type: 'CreateDivision',
          data: { ...asVp, divisionId: division.id, code: division.code, name: division.name, effectiveOn },
        },
        vp,
      );
      await this.org.execute(
        {
          type: 'HirePerson',
          data: {
            ...asVp,
            ...division.manager,
            role: 'division_manager',
            divisionId: division.id,
            effectiveOn,
          },
        },
        vp,
      );
      for (const person of division.salespeople) {
        await this.org.execute(
          {
            type: 'HirePerson',
            data: {
              ...asVp,
              personId: person.personId,
              name: person.name,
              role: 'salesperson',
              divisionId: division.id,
              effectiveOn,
            },
          },
          vp,
        );
      }
    }
  }

  private async loadPlan(fiscalYear: number): Promise<void> {
    const vp: Actor = { userId: DEMO_VP.personId, role: 'vp' };
    const splits = DEMO_DIVISIONS.map((d) => ({ division: d, ...divisionTargets(d) }));
    await this.plans.open({ type: 'OpenPlan', data: { actor: vp, fiscalYear, currency: 'CNY' } });
    await this.plans.decide(fiscalYear, (org) => ({
      type: 'SetTargets',
      data: {
        org,
        actor: vp,
        node: 'company',
        targets: withProgressiveQuarters(sumTargets(splits.map((s) => s.total))),
      },
    }));
    for (const split of splits) {
      // Targets learns the tree from org's events, a moment after org recorded it.
      await this.whenTargetsKnowsTheTree(() =>
        this.plans.decide(fiscalYear, (org) => ({
          type: 'SetTargets',
          data: { org, actor: vp, node: `division:${split.division.id}`, targets: split.total },
        })),
      );
    }
    await this.plans.decide(fiscalYear, (org) => ({
      type: 'SubmitTargets',
      data: { org, actor: vp, unit: 'company' },
    }));
    await this.plans.decide(fiscalYear, (org) => ({
      type: 'ApproveTargets',
      data: { org, actor: vp, unit: 'company' },
    }));

    for (const split of splits) {
      const manager: Actor = {
        userId: split.division.manager.personId,
        role: 'division_manager',
        divisionId: split.division.id,
      };
      const unit = `division:${split.division.id}`;
      for (const [personId, targets] of split.people) {
        await this.whenTargetsKnowsTheTree(() =>
          this.plans.decide(fiscalYear, (org) => ({
            type: 'SetTargets',
            data: { org, actor: manager, node: `salesperson:${personId}`, targets },
          })),
        );
      }
      await this.plans.decide(fiscalYear, (org) => ({
        type: 'SubmitTargets',
        data: { org, actor: manager, unit },
      }));
      await this.plans.decide(fiscalYear, (org) => ({
        type: 'ApproveTargets',
        // The level above the manager who submitted approves (separation of duties).
        data: { org, actor: vp, unit },
      }));
    }
  }

  private async whenTargetsKnowsTheTree<T>(command: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        return await command();
      } catch (error) {
        const waitingForTree =
          error instanceof NotFoundError || (error as { code?: string }).code === 'not-your-division';
        if (!waitingForTree || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }
}
