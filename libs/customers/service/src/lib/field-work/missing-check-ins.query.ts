import { Inject, Injectable } from '@nestjs/common';
import {
  type MissingCheckIn,
  assertFilterInScope,
  fieldWorkPolicyOn,
  fieldWorkScope,
  inFieldWorkScope,
  missingCheckIns,
} from '@sales/customers/domain';
import type { Actor, BusinessDate, Clock } from '@sales/shared/domain';
import { CLOCK } from '@sales/shared/runtime';
import { CustomersOrgReader } from '../org/customers-org.reader';
import { personLabel } from '../registry/people-names';
import { dateRange } from './date-range';
import { FieldDayIndex } from './field-day-index';
import { FieldWorkPolicyService } from './field-work-policy.service';

export type MissingCheckInsFilter = Readonly<{
  from?: BusinessDate;
  to?: BusinessDate;
  divisionId?: string;
  personId?: string;
}>;

/** Default period: the last 7 days; at most a quarter's worth. */
const DEFAULT_DAYS = 7;
const MAX_DAYS = 92;

/**
 * 外出联系汇报缺失 (C4) by day and person, for the manager (their divisions), the VP and sales
 * admin (all) and a salesperson (their own). A day is filed under the division the person belonged
 * to on it; each day is judged by the policy version in force on it.
 */
@Injectable()
export class MissingCheckInsQuery {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: CustomersOrgReader,
    private readonly days: FieldDayIndex,
    private readonly policies: FieldWorkPolicyService,
  ) {}

  async list(actor: Actor, filter: MissingCheckInsFilter): Promise<(MissingCheckIn & { name: string })[]> {
    const org = await this.org.treeToday();
    const today = this.clock.today();
    const scope = fieldWorkScope(actor, org, 'read-missing-check-ins');
    assertFilterInScope(scope, org, { personId: filter.personId, divisionId: filter.divisionId });
    const range = dateRange(filter, today, DEFAULT_DAYS, MAX_DAYS);
    const history = await this.policies.history();
    const days = this.days
      .daysOut()
      .filter((day) => inFieldWorkScope(scope, day))
      .filter((day) => filter.personId === undefined || day.personId === filter.personId)
      .filter((day) => filter.divisionId === undefined || day.divisionId === filter.divisionId);
    return missingCheckIns(days, (date) => fieldWorkPolicyOn(history, date), range, today).map((row) => ({
      ...row,
      name: personLabel(org, row.personId),
    }));
  }
}
