import { Injectable } from '@nestjs/common';
import type { Actor } from '@sales/shared/domain';
import type { OpenPlan, PlanCommand } from '@sales/targets/domain';
import type { CommandOutcome } from './command-outcome';
import { PlanService } from './plan.service';

/** A plan command as the demo loader states it: everything but the org snapshot. */
type DemoPlanCommand = Readonly<{ type: Exclude<PlanCommand['type'], 'OpenPlan'>; data: object }>;

/**
 * @deprecated The first service's API, kept only because `apps/standalone/src/demo/
 * demo-department.loader.ts` still calls it; that file was outside the change that split this
 * service. Call PlanService (and QuarterlyReviewService) instead, then delete this file.
 */
@Injectable()
export class TargetsService {
  constructor(private readonly plans: PlanService) {}

  openPlan(fiscalYear: number, currency: string, actor: Actor): Promise<CommandOutcome> {
    return this.plans.open({ type: 'OpenPlan', data: { actor, fiscalYear, currency } });
  }

  /** `actor` is the command's actor, passed again; the demo passes the same one in both places. */
  onPlan(fiscalYear: number, command: DemoPlanCommand, actor: Actor): Promise<CommandOutcome> {
    return this.plans.decide(
      fiscalYear,
      (org) => ({ ...command, data: { ...command.data, actor, org } }) as Exclude<PlanCommand, OpenPlan>,
    );
  }
}
