import { Injectable, Optional } from '@nestjs/common';
import {
  type ExistingCustomer,
  canReadCustomer,
  divisionOfCustomer,
  normaliseCompanyName,
} from '@sales/customers/domain';
import type { CustomerStatus, GradeOrUngraded } from '@sales/customers/events';
import type { Actor } from '@sales/shared/domain';
import { CustomerGrades } from '../grading/customer-grades';
import { CustomersOrgReader } from '../org/customers-org.reader';
import { CustomerIndex } from './customer-index';
import { CustomerDirectory, type CustomerSummary } from './customer-directory';
import { personLabel } from './people-names';

export type CustomerFilter = Readonly<{
  ownerId?: string;
  divisionId?: string;
  grade?: GradeOrUngraded;
  status?: CustomerStatus;
  /** Part of the company name, compared after normalising (括号、有限公司 and full-width ignored). */
  q?: string;
}>;

export type CustomerListItem = Readonly<{
  customerId: string;
  name: string;
  status: CustomerStatus;
  grade: GradeOrUngraded;
  ownerId: string | null;
  owner: string;
  divisionId: string | null;
  registeredOn: string;
}>;

/** 客户列表 within the caller's scope, and the registry as the other slices read it. */
@Injectable()
export class CustomerListService extends CustomerDirectory {
  constructor(
    private readonly index: CustomerIndex,
    private readonly org: CustomersOrgReader,
    @Optional() private readonly grades?: CustomerGrades,
  ) {
    super();
  }

  async list(actor: Actor, filter: CustomerFilter): Promise<CustomerListItem[]> {
    const org = await this.org.treeToday();
    const q = filter.q ? normaliseCompanyName(filter.q) : '';
    const live = this.index
      .all()
      .filter((c) => c.mergedInto === null && canReadCustomer(actor, c, org))
      .filter((c) => filter.ownerId === undefined || c.ownerId === filter.ownerId)
      .filter((c) => filter.divisionId === undefined || divisionOfCustomer(c, org) === filter.divisionId)
      .filter((c) => filter.status === undefined || c.status === filter.status)
      .filter((c) => !q || normaliseCompanyName(c.profile.name).includes(q));
    const items = await Promise.all(
      live.map(async (c) => ({
        customerId: c.customerId,
        name: c.profile.name,
        status: c.status,
        grade: await this.gradeOf(c),
        ownerId: c.ownerId,
        owner: personLabel(org, c.ownerId),
        divisionId: divisionOfCustomer(c, org),
        registeredOn: c.registeredOn,
      })),
    );
    return items
      .filter((item) => filter.grade === undefined || item.grade === filter.grade)
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }

  async find(customerId: string): Promise<CustomerSummary | undefined> {
    let customer = await this.index.customer(customerId);
    for (let hops = 0; customer?.mergedInto && hops < 16; hops++)
      customer = await this.index.customer(customer.mergedInto);
    return customer && summary(customer);
  }

  async all(): Promise<readonly CustomerSummary[]> {
    return this.index
      .all()
      .filter((c) => c.mergedInto === null)
      .map(summary);
  }

  private async gradeOf(customer: ExistingCustomer): Promise<GradeOrUngraded> {
    if (this.grades) return this.grades.gradeOf(customer.customerId);
    return 'ungraded';
  }
}

function summary(c: ExistingCustomer): CustomerSummary {
  const { customerId, status, ownerId, divisionId, registeredOn } = c;
  return { customerId, name: c.profile.name, status, ownerId, divisionId, registeredOn };
}
