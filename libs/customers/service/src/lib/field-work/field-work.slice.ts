import type { Provider, Type } from '@nestjs/common';
import { type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';
import { LastFollowUps } from '../pool/last-follow-ups';
import { CheckInsController } from './check-ins.controller';
import { ExpenseIndex } from './expense-index';
import { ExpenseService } from './expense.service';
import { ExpensesController } from './expenses.controller';
import { FieldDayIndex } from './field-day-index';
import { FieldDayService } from './field-day.service';
import { FieldWorkPolicyController } from './field-work-policy.controller';
import { FieldWorkPolicyService } from './field-work-policy.service';
import { MissingCheckInsQuery } from './missing-check-ins.query';
import { OverdueRevisitsQuery } from './overdue-revisits.query';
import { VisitHistory } from './visit-history';
import { VisitListQuery } from './visit-list.query';
import { VisitsController } from './visits.controller';

/** Rebuilt from the store before the app answers; kept current by the slice's commands and a periodic pass. */
const readModel = <T extends { rebuild(): Promise<void>; startRefreshing(): void }>(
  type: Type<T>,
  make: (runtime: ContextRuntime) => T,
): Provider => ({
  provide: type,
  inject: [contextRuntimeToken('customers')],
  useFactory: async (runtime: ContextRuntime) => {
    const index = make(runtime);
    await index.rebuild();
    index.startRefreshing();
    return index;
  },
});

/** The field-work slice of customers (C3–C5): its controllers and providers, mounted by CustomersModule. */
export const FIELD_WORK_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [VisitsController, CheckInsController, ExpensesController, FieldWorkPolicyController],
  providers: [
    FieldDayService,
    ExpenseService,
    FieldWorkPolicyService,
    VisitHistory,
    // The pool's no-follow-up rule (C7) counts from each customer's last visit.
    { provide: LastFollowUps, useExisting: VisitHistory },
    VisitListQuery,
    OverdueRevisitsQuery,
    MissingCheckInsQuery,
    readModel(FieldDayIndex, (runtime) => new FieldDayIndex(runtime.store)),
    readModel(ExpenseIndex, (runtime) => new ExpenseIndex(runtime.store)),
  ],
};
