import { Module } from '@nestjs/common';
import { CUSTOMERS_CONTEXT } from '@sales/customers/events';
import { NOTICES_DETAIL_LABELS, NOTICES_ERROR_MESSAGES } from '@sales/notices/domain';
import { NOTICES_CONTEXT, NOTICES_EVENT_CATALOGUE } from '@sales/notices/events';
import { ORG_CONTEXT } from '@sales/org/events';
import { ActorDirectories } from '@sales/shared/auth';
import { CONTEXT_DETAIL_NAMES } from '@sales/shared/http';
import { EventSourcedContextModule } from '@sales/shared/runtime';
import { MissingCheckInsRound } from './check-ins/missing-check-ins.round';
import { NoticeFeeds } from './feeds/notice-feeds';
import { InboxService } from './inbox/inbox.service';
import { NoticeDelivery } from './inbox/notice-delivery';
import { NoticeIndex } from './inbox/notice-index';
import { NoticeNamesReader } from './inbox/notice-names';
import { NoticesController } from './inbox/notices.controller';
import { NoticesOrgReader } from './notices-org.reader';
import { ContractPartiesService } from './parties/contract-parties.service';

/**
 * 通知 (X2): a notice inbox per person, fed by the published events of contracts, targets,
 * customers and appraisal (each read by its own consumer group `notices.feed.<context>`), plus
 * the missing check-ins it derives once a day from its replica of customers' field-work facts.
 * Its store holds each person's inbox (event-sourced: delivered, read) and a small ledger per
 * contract (owner, installers, stop directives in force). It publishes nothing.
 */
@Module({
  imports: [
    EventSourcedContextModule.register({
      context: NOTICES_CONTEXT,
      publishedEvents: NOTICES_EVENT_CATALOGUE,
      errorMessages: NOTICES_ERROR_MESSAGES,
      detailLabels: NOTICES_DETAIL_LABELS,
      replicas: [ORG_CONTEXT, CUSTOMERS_CONTEXT],
      openApiTags: [
        {
          name: '通知 notices',
          description:
            '本人的通知收件箱：延期、停工指令、待审批、逾期应收、公海预警、缺交总结与汇报，每条都链接到所涉事项（X2）。 Your own inbox of what other departments did, each notice linking to what it is about (X2).',
        },
      ],
    }),
  ],
  controllers: [NoticesController],
  providers: [
    { provide: CONTEXT_DETAIL_NAMES, useExisting: NoticesOrgReader },
    NoticesOrgReader,
    ContractPartiesService,
    NoticeIndex,
    NoticeDelivery,
    NoticeNamesReader,
    InboxService,
    NoticeFeeds,
    MissingCheckInsRound,
  ],
})
export class NoticesModule {
  constructor(directories: ActorDirectories, org: NoticesOrgReader) {
    directories.add({
      priority: 1,
      placeOf: (subject) => org.placeOf(subject),
      hasPerson: (personId) => org.hasPerson(personId),
    });
  }
}
