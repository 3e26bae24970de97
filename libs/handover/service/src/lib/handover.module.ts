import { Module } from '@nestjs/common';
import { HANDOVER_DETAIL_LABELS, HANDOVER_ERROR_MESSAGES } from '@sales/handover/domain';
import { HANDOVER_CONTEXT, HANDOVER_EVENT_CATALOGUE } from '@sales/handover/events';
import { ORG_CONTEXT } from '@sales/org/events';
import { ActorDirectories } from '@sales/shared/auth';
import { CONTEXT_DETAIL_NAMES } from '@sales/shared/http';
import { type ContextRuntime, EventSourcedContextModule, contextRuntimeToken } from '@sales/shared/runtime';
import { HandoverCaseIndex } from './cases/handover-case-index';
import { HandoverCasesController } from './cases/handover-cases.controller';
import { HandoverCasesService } from './cases/handover-cases.service';
import { ContractsFeed } from './feeds/contracts-feed';
import { CustomersFeed } from './feeds/customers-feed';
import { HoldingsRecorder } from './feeds/holdings-recorder';
import { HandoverOrgReader } from './handover-org.reader';

/**
 * 离职交接 (O2), a process manager in its own context: it knows people's customers, contracts and
 * contract forms only from customers' and contracts' published events (consumer groups
 * `handover.feed.customers`, `handover.feed.contracts`, from the start of the topics), the org tree
 * from its copy of org's, and publishes the case's steps on `sales.handover.events`.
 */
@Module({
  imports: [
    EventSourcedContextModule.register({
      context: HANDOVER_CONTEXT,
      publishedEvents: HANDOVER_EVENT_CATALOGUE,
      errorMessages: HANDOVER_ERROR_MESSAGES,
      detailLabels: HANDOVER_DETAIL_LABELS,
      replicas: [ORG_CONTEXT],
      openApiTags: [
        {
          name: '离职交接 handover',
          description:
            '辞职与离职交接（O2）：至少提前 30 天提出；客户、未结合同、未交回合同、账目结清与市场部主管签字全部完成方可离职 / resignation handover',
        },
      ],
    }),
  ],
  controllers: [HandoverCasesController],
  providers: [
    { provide: CONTEXT_DETAIL_NAMES, useExisting: HandoverOrgReader },
    HandoverOrgReader,
    {
      provide: HandoverCaseIndex,
      inject: [contextRuntimeToken(HANDOVER_CONTEXT)],
      useFactory: async (runtime: ContextRuntime) => {
        const index = new HandoverCaseIndex(runtime.store);
        await index.rebuild();
        index.startRefreshing();
        return index;
      },
    },
    HandoverCasesService,
    HoldingsRecorder,
    CustomersFeed,
    ContractsFeed,
  ],
})
export class HandoverModule {
  constructor(directories: ActorDirectories, org: HandoverOrgReader) {
    directories.add({
      priority: 1,
      placeOf: (subject) => org.placeOf(subject),
      hasPerson: (personId) => org.hasPerson(personId),
    });
  }
}
