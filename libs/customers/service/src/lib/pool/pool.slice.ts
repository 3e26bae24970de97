import type { Provider, Type } from '@nestjs/common';
import { CustomerBooks } from './customer-books';
import { CustomerRequestsController } from './customer-requests.controller';
import { CustomerRequestsService } from './customer-requests.service';
import { CustomerStreams } from './customer-streams';
import { PoolPlacement } from './pool-placement';
import { PoolPolicies } from './pool-policies';
import { PoolPolicyController } from './pool-policy.controller';
import { PoolScheduler } from './pool-scheduler';
import { PoolController } from './pool.controller';
import { PoolService } from './pool.service';

/**
 * The pool slice of customers (C7 公海, and C6 撞单 requests): its controllers and providers,
 * mounted by CustomersModule before the registry's controller. The registry's transfers use
 * PoolPlacement, so they obey the same caps. Visits come through LastFollowUps, which the
 * field-work slice provides; until it does, no visit is known.
 */
export const POOL_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [PoolPolicyController, PoolController, CustomerRequestsController],
  providers: [
    PoolPolicies,
    CustomerBooks,
    CustomerStreams,
    PoolPlacement,
    PoolService,
    CustomerRequestsService,
    PoolScheduler,
  ],
};
