import type { Provider, Type } from '@nestjs/common';
import { DEFAULT_DAILY_SCHEDULE, type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';
import { CUSTOMER_CREDIT } from '../signing/signing-ports';
import { AgeingQuery } from './ageing.query';
import { CustomerCreditService } from './customer-credit.service';
import { OVERDUE_SCHEDULE, OverdueRounds } from './overdue-rounds';
import { ReceivableContracts } from './receivable-contracts';
import { ReceivablesController } from './receivables.controller';
import { ReceivablesService } from './receivables.service';

/** The receivables slice of contracts (K5): its controllers and providers, mounted by ContractsModule. */
export const RECEIVABLES_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [ReceivablesController],
  providers: [
    ReceivablesService,
    AgeingQuery,
    CustomerCreditService,
    { provide: CUSTOMER_CREDIT, useExisting: CustomerCreditService },
    OverdueRounds,
    { provide: OVERDUE_SCHEDULE, useValue: DEFAULT_DAILY_SCHEDULE },
    {
      // Folded from the store before the app answers; kept current by this slice's commands, by
      // a pass when a read finds it older than 2 s, and by the overdue round's pass.
      provide: ReceivableContracts,
      inject: [contextRuntimeToken('contracts')],
      useFactory: async (runtime: ContextRuntime) => {
        const contracts = new ReceivableContracts(runtime.store);
        await contracts.refresh();
        return contracts;
      },
    },
  ],
};
