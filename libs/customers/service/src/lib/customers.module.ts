import { Module } from '@nestjs/common';
import { CUSTOMERS_DETAIL_LABELS, CUSTOMERS_ERROR_MESSAGES } from '@sales/customers/domain';
import { CUSTOMERS_CONTEXT, CUSTOMERS_EVENT_CATALOGUE } from '@sales/customers/events';
import { ORG_CONTEXT } from '@sales/org/events';
import { ActorDirectories } from '@sales/shared/auth';
import { CONTEXT_DETAIL_NAMES } from '@sales/shared/http';
import { EventSourcedContextModule } from '@sales/shared/runtime';
import { FIELD_WORK_SLICE } from './field-work/field-work.slice';
import { GRADING_SLICE } from './grading/grading.slice';
import { CustomersOrgReader } from './org/customers-org.reader';
import { POOL_SLICE } from './pool/pool.slice';
import { REGISTRY_SLICE } from './registry/registry.slice';
import { RegistryService } from './registry/registry.service';
import { GradingService } from './grading/grading.service';
import { ExpenseService } from './field-work/expense.service';
import { FieldDayService } from './field-work/field-day.service';
import { ContractsFeed } from './contracts-feed/contracts-feed';

/**
 * Customers and field work (C1–C7). Knows the org tree only through its replica of org's
 * published events; runs in `customers-service` or inside `standalone`. Each slice (registry,
 * grading, field work) brings its own controllers and providers.
 */
@Module({
  imports: [
    EventSourcedContextModule.register({
      context: CUSTOMERS_CONTEXT,
      publishedEvents: CUSTOMERS_EVENT_CATALOGUE,
      errorMessages: CUSTOMERS_ERROR_MESSAGES,
      detailLabels: CUSTOMERS_DETAIL_LABELS,
      replicas: [ORG_CONTEXT],
      openApiTags: [
        {
          name: '客户 customers',
          description:
            '客户登记、查重、合并、转移与公海 / registry, duplicate check, merge, transfers and the pool. ' +
            '业务员只能看到和编辑本人的客户，事业部经理看本事业部，副总、市场部主管和系统管理员看全部，财务只读。' +
            ' A salesperson sees their own customers, a manager the division, the VP, sales admin and admin all; finance reads only.',
        },
      ],
    }),
  ],
  // The registry's `/customers/:customerId` routes go last, after the slices' fixed paths.
  controllers: [
    ...GRADING_SLICE.controllers,
    ...FIELD_WORK_SLICE.controllers,
    ...POOL_SLICE.controllers,
    ...REGISTRY_SLICE.controllers,
  ],
  providers: [
    // Refusals name people and divisions as people know them.
    { provide: CONTEXT_DETAIL_NAMES, useExisting: CustomersOrgReader },
    CustomersOrgReader,
    ...REGISTRY_SLICE.providers,
    ...GRADING_SLICE.providers,
    ...FIELD_WORK_SLICE.providers,
    ...POOL_SLICE.providers,
    // Contracts' signings and payments, from its published events.
    ContractsFeed,
  ],
  // For the demo loader of `standalone`, which records through the same services as users.
  exports: [RegistryService, GradingService, FieldDayService, ExpenseService],
})
export class CustomersModule {
  /** Its copy of org's tree answers "who is this?" where org itself is not mounted (customers-service). */
  constructor(directories: ActorDirectories, org: CustomersOrgReader) {
    directories.add({
      priority: 1,
      placeOf: (subject) => org.placeOf(subject),
      hasPerson: (personId) => org.hasPerson(personId),
    });
  }
}
