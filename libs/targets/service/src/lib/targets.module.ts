import { Module } from '@nestjs/common';
import { TARGETS_DETAIL_LABELS, TARGETS_ERROR_MESSAGES } from '@sales/targets/domain';
import { TARGETS_CONTEXT, TARGETS_EVENT_CATALOGUE } from '@sales/targets/events';
import { ORG_CONTEXT } from '@sales/org/events';
import { ActorDirectories } from '@sales/shared/auth';
import { CONTEXT_DETAIL_NAMES } from '@sales/shared/http';
import { type ContextRuntime, EventSourcedContextModule, contextRuntimeToken } from '@sales/shared/runtime';
import { OrgSnapshotReader } from './org-snapshot.reader';
import { PlanService } from './plan.service';
import { PlanTransfersController } from './plan-transfers.controller';
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
      openApiTags: [
        {
          name: '目标 targets',
          description:
            '目标分解与审批的顺序 / the order of the steps: ' +
            '① 副总开启财年计划 open the plan → ② 填写公司及各事业部目标 company and division figures (PUT …/nodes/company, …/nodes/division:<id>) → ' +
            '③ 提交公司分解 submit the company split → ④ 上级批准（无上级时副总自批并记录）approve it (the level above; the VP with nobody above records a self-approval) → ' +
            '⑤ 事业部经理把事业部目标落实到每个业务员 each manager splits the division down to every salesperson (or excludes one with a reason) → ' +
            '⑥ 提交事业部分解 submit → ⑦ 副总（经理的上级）批准 the VP, above the manager, approves. ' +
            '已批准的目标只能通过修订变更 approved targets change only by a revision, approved again. ' +
            '人员调动后其已批准的目标通过“目标转移”随人转入新事业部（两边上级批准）a moved salesperson’s approved targets follow him by a transfer the level above each side approves. ' +
            '金额均为整数“分”，币种见计划 money is integer fen of the plan currency.',
        },
      ],
    }),
  ],
  controllers: [TargetsController, PlanTransfersController, QuarterlyReviewsController],
  providers: [
    // Refusals name people and divisions as people know them.
    { provide: CONTEXT_DETAIL_NAMES, useExisting: OrgSnapshotReader },
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
    directories.add({
      priority: 1,
      placeOf: (subject) => org.placeOf(subject),
      hasPerson: (personId) => org.hasPerson(personId),
    });
  }
}
