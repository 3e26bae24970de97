import { Inject, Injectable } from '@nestjs/common';
import {
  type OverdueRevisit,
  type RevisitCustomer,
  assertFilterInScope,
  fieldWorkScope,
  inFieldWorkScope,
  overdueRevisits,
} from '@sales/customers/domain';
import type { Actor, Clock } from '@sales/shared/domain';
import { CLOCK } from '@sales/shared/runtime';
import { CustomerGrades } from '../grading/customer-grades';
import { CustomersOrgReader } from '../org/customers-org.reader';
import { CustomerDirectory } from '../registry/customer-directory';
import { personLabel } from '../registry/people-names';
import { FieldWorkPolicyService } from './field-work-policy.service';
import { VisitHistory } from './visit-history';

export type OverdueFilter = Readonly<{ salespersonId?: string; divisionId?: string }>;

/**
 * 回访逾期列表 (C3): owned customers past their grade's revisit cadence, for a salesperson (their
 * own), a division (its manager) or the company (VP, general manager, sales admin, admin). A
 * customer is filed under its owner and the owner's division today.
 */
@Injectable()
export class OverdueRevisitsQuery {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: CustomersOrgReader,
    private readonly directory: CustomerDirectory,
    private readonly grades: CustomerGrades,
    private readonly policies: FieldWorkPolicyService,
    private readonly visits: VisitHistory,
  ) {}

  async list(actor: Actor, filter: OverdueFilter): Promise<OverdueRevisit[]> {
    const org = await this.org.treeToday();
    const today = this.clock.today();
    const scope = fieldWorkScope(actor, org, 'read-overdue-revisits');
    assertFilterInScope(scope, org, { personId: filter.salespersonId, divisionId: filter.divisionId });
    const customers: RevisitCustomer[] = [];
    for (const customer of await this.directory.all()) {
      const { customerId, name, ownerId, registeredOn } = customer;
      if (ownerId === null) continue;
      const divisionId = org.people.find((p) => p.id === ownerId)?.divisionId ?? customer.divisionId;
      if (!inFieldWorkScope(scope, { personId: ownerId, divisionId })) continue;
      if (filter.salespersonId !== undefined && ownerId !== filter.salespersonId) continue;
      if (filter.divisionId !== undefined && divisionId !== filter.divisionId) continue;
      const grade = await this.grades.gradeOf(customerId);
      const owner = personLabel(org, ownerId);
      customers.push({ customerId, name, ownerId, owner, divisionId, grade, registeredOn });
    }
    return overdueRevisits(customers, await this.visits.lastVisits(), await this.policies.on(today), today);
  }
}
