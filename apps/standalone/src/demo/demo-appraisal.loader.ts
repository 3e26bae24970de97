import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { CyclesService, MeetingsService, SchemesService } from '@sales/appraisal/service';
import {
  DEMO_DIVISIONS,
  DEMO_MEETING_CAUSE,
  DEMO_MEETING_MEASURE,
  DEMO_SALES_SCHEME,
  DEMO_SCHEME_ID,
  DEMO_STAFF,
  DEMO_VP,
  addDays,
  demoQualitativeScore,
} from '@sales/demo';
import type { Actor, Clock } from '@sales/shared/domain';
import { CLOCK, LOGGER } from '@sales/shared/runtime';

const vp: Actor = { userId: DEMO_VP.personId, role: 'vp' };
const salesAdmin: Actor = {
  userId: DEMO_STAFF.find((p) => p.role === 'sales_admin')?.personId ?? 'p-sun-li',
  role: 'sales_admin',
};

/**
 * The demo department's appraisal (A1–A3), through the services users' commands reach: the VP
 * sets the quarterly scheme; the last completed quarter of the demo year is opened and closed by
 * 孙丽; the KPI service freezes every salesperson's figures (kpi.KpiPeriodClosed, as in
 * production); each division manager scores his people from the sales meeting; the VP approves
 * and the results are published — grades, payouts and the ladder's help steps from the demo's own
 * contracts and payments. 华东事业部's sales meeting is recorded with its actions. In the first
 * quarter of a year there is no completed quarter yet: only the scheme is set.
 */
@Injectable()
export class DemoAppraisalLoader {
  constructor(
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly schemes: SchemesService,
    private readonly cycles: CyclesService,
    private readonly meetings: MeetingsService,
  ) {}

  async load(fiscalYear: number): Promise<void> {
    await this.schemes.put(DEMO_SCHEME_ID, DEMO_SALES_SCHEME, {}, vp);
    const today = this.clock.today();
    const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
    if (Number(today.slice(0, 4)) !== fiscalYear || quarter === 0) return;
    const label = `${fiscalYear}-Q${quarter}`;
    const { cycleId } = await this.cycles.open(
      { schemeId: DEMO_SCHEME_ID, kind: 'quarter', label },
      salesAdmin,
    );
    await this.cycles.close(cycleId, salesAdmin);
    await this.frozen(cycleId);
    await this.recordMeeting(today);
    for (const division of DEMO_DIVISIONS) {
      const manager: Actor = { userId: division.manager.personId, role: 'division_manager' };
      for (const [nth, person] of division.salespeople.entries()) {
        await this.cycles.evaluate(
          cycleId,
          `person:${person.personId}`,
          { score: demoQualitativeScore(nth), causes: DEMO_MEETING_CAUSE, measures: DEMO_MEETING_MEASURE },
          manager,
        );
      }
    }
    await this.cycles.submit(cycleId, salesAdmin);
    await this.cycles.approve(cycleId, vp);
    await this.cycles.publish(cycleId, salesAdmin);
    this.logger.info({ cycleId }, 'demo appraisal: the last completed quarter is appraised and published');
  }

  /** The KPI service answers the close on its own (in-process here, over Kafka in production). */
  private async frozen(cycleId: string): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (!(await this.cycles.detail(cycleId, vp)).snapshot) {
      if (Date.now() > deadline) throw new Error(`demo appraisal: no KPI snapshot for ${cycleId}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** 华东事业部's sales meeting: everyone present, one absent on a customer visit, two actions. */
  private async recordMeeting(today: string): Promise<void> {
    const east = DEMO_DIVISIONS[0];
    const [first, second, ...rest] = east.salespeople;
    await this.meetings.record(
      {
        meetingId: `demo-meeting-${east.id}-${today}`,
        divisionId: east.id,
        heldOn: today,
        attendeeIds: [east.manager.personId, first.personId, ...rest.map((p) => p.personId)],
        absences: [{ personId: second.personId, reason: '拜访客户（已请假）' }],
        misses: [
          {
            personId: rest[rest.length - 1].personId,
            cause: DEMO_MEETING_CAUSE,
            measure: DEMO_MEETING_MEASURE,
          },
        ],
        actions: [
          { description: '整理重点客户回款计划表', ownerId: first.personId, dueOn: addDays(today, 7) },
          { description: '陪同拜访三家潜在客户', ownerId: east.manager.personId, dueOn: addDays(today, 14) },
        ],
      },
      { userId: east.manager.personId, role: 'division_manager' },
    );
  }
}
