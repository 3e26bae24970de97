import { Module } from '@nestjs/common';
import { TARGETS_DETAIL_LABELS, TARGETS_ERROR_MESSAGES } from '@sales/targets/domain';
import { TARGETS_CONTEXT, TARGETS_EVENT_CATALOGUE } from '@sales/targets/events';
import { ORG_CONTEXT } from '@sales/org/events';
import { ActorDirectories } from '@sales/shared/auth';
import { type ContextRuntime, EventSourcedContextModule, contextRuntimeToken } from '@sales/shared/runtime';
import { OrgSnapshotReader } from './org-snapshot.reader';
import { PlanService } from './plan.service';
import { QuarterlyReviewIndex } from './quarterly-review-index';
import { QuarterlyReviewService } from './quarterly-review.service';
import { QuarterlyReviewsController } from './quarterly-reviews.controller';
import { TargetsController } from './targets.controller';

/**
 * Targets (T1–T5). Knows the org tree only through its replica of org's published events; runs
 * in `targets-service` or inside `standalone`.
 */
@Module({
  imports: [
    EventSourcedContextModule.register({
      context: TARGETS_CONTEXT,
      publishedEvents: TARGETS_EVENT_CATALOGUE,
      errorMessages: TARGETS_ERROR_MESSAGES,
      detailLabels: TARGETS_DETAIL_LABELS,
      replicas: [ORG_CONTEXT],
    }),
  ],
  controllers: [TargetsController, QuarterlyReviewsController],
  providers: [
    PlanService,
    QuarterlyReviewService,
    OrgSnapshotReader,
    {
      // Rebuilt from the store once, before the app answers; kept current by the review commands.
      provide: QuarterlyReviewIndex,
      inject: [contextRuntimeToken(TARGETS_CONTEXT)],
      useFactory: async (runtime: ContextRuntime) => {
        const index = new QuarterlyReviewIndex(runtime.store);
        await index.rebuild();
        return index;
      },
    },
  ],
  exports: [PlanService, QuarterlyReviewService],
})
export class TargetsModule {
  /** Its copy of org's tree answers "who is this?" where org itself is not mounted (targets-service). */
  constructor(directories: ActorDirectories, org: OrgSnapshotReader) {
    directories.add({ priority: 1, placeOf: (userId) => org.placeOf(userId) });
  }
}
