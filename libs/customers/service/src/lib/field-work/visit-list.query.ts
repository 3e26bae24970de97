import { Inject, Injectable } from '@nestjs/common';
import { assertFilterInScope, fieldWorkScope, inFieldWorkScope } from '@sales/customers/domain';
import type { Actor, BusinessDate, Clock } from '@sales/shared/domain';
import { CLOCK } from '@sales/shared/runtime';
import { CustomersOrgReader } from '../org/customers-org.reader';
import { CustomerDirectory } from '../registry/customer-directory';
import { personLabel } from '../registry/people-names';
import { dateRange } from './date-range';
import { FieldDayIndex, type VisitRecord } from './field-day-index';

export type VisitFilter = Readonly<{
  salespersonId?: string;
  divisionId?: string;
  customerId?: string;
  from?: BusinessDate;
  to?: BusinessDate;
}>;

export type VisitListItem = VisitRecord & Readonly<{ salesperson: string; coach: string | null }>;

/** Default period: the last 30 days; at most a year. */
const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;

/**
 * 拜访记录 (C3) within the caller's scope: a salesperson's own, a manager's divisions' (as the
 * salesperson's division stood on each visit's date), everyone's for the VP and sales admin.
 * `customerId` matches a merged record's visits too (they belong to the survivor).
 */
@Injectable()
export class VisitListQuery {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: CustomersOrgReader,
    private readonly directory: CustomerDirectory,
    private readonly days: FieldDayIndex,
  ) {}

  async list(actor: Actor, filter: VisitFilter): Promise<VisitListItem[]> {
    const org = await this.org.treeToday();
    const scope = fieldWorkScope(actor, org, 'read-visits');
    assertFilterInScope(scope, org, { personId: filter.salespersonId, divisionId: filter.divisionId });
    const { from, to } = dateRange(filter, this.clock.today(), DEFAULT_DAYS, MAX_DAYS);
    const wanted = filter.customerId === undefined ? undefined : await this.customerIds(filter.customerId);
    return this.days
      .visits(from, to)
      .filter((visit) => inFieldWorkScope(scope, visit))
      .filter((visit) => filter.salespersonId === undefined || visit.personId === filter.salespersonId)
      .filter((visit) => filter.divisionId === undefined || visit.divisionId === filter.divisionId)
      .filter((visit) => wanted === undefined || wanted.has(visit.customerId))
      .map((visit) => ({
        ...visit,
        salesperson: personLabel(org, visit.personId),
        coach: visit.coachId === null ? null : personLabel(org, visit.coachId),
      }));
  }

  /** The customer's id (its survivor's when merged) and the ids of the records merged into it. */
  private async customerIds(customerId: string): Promise<Set<string>> {
    const survivor = (await this.directory.find(customerId))?.customerId ?? customerId;
    const ids = new Set([customerId, survivor]);
    const live = new Set((await this.directory.all()).map((c) => c.customerId));
    const logged = this.days.lastVisitsAsLogged().keys();
    for (const id of logged) {
      if (!live.has(id) && !ids.has(id) && (await this.directory.find(id))?.customerId === survivor)
        ids.add(id);
    }
    return ids;
  }
}
