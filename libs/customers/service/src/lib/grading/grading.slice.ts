import type { Provider, Type } from '@nestjs/common';
import { type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';
import { CustomerGrades } from './customer-grades';
import { GradeIndex } from './grade-index';
import { GradingController } from './grading.controller';
import { GradingPolicyService } from './grading-policy.service';
import { DEFAULT_GRADING_SCHEDULE, GRADING_SCHEDULE, GradingScheduler } from './grading-scheduler';
import { GradingService } from './grading.service';

/** The grading slice of customers (C2): its controllers and providers, mounted by CustomersModule. */
export const GRADING_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [GradingController],
  providers: [
    GradingPolicyService,
    GradingService,
    GradingScheduler,
    { provide: GRADING_SCHEDULE, useValue: DEFAULT_GRADING_SCHEDULE },
    {
      // Rebuilt from the store before the app answers; kept current by grading's own commands
      // and by the scheduler's pass at every tick.
      provide: GradeIndex,
      inject: [contextRuntimeToken('customers')],
      useFactory: async (runtime: ContextRuntime) => {
        const index = new GradeIndex(runtime.store);
        await index.rebuild();
        return index;
      },
    },
    { provide: CustomerGrades, useExisting: GradeIndex },
  ],
};
