import { Module } from '@nestjs/common';
import { NOTICES_DETAIL_LABELS, NOTICES_ERROR_MESSAGES } from '@sales/notices/domain';
import { NOTICES_CONTEXT, NOTICES_EVENT_CATALOGUE } from '@sales/notices/events';
import { ORG_CONTEXT } from '@sales/org/events';
import { ActorDirectories } from '@sales/shared/auth';
import { CONTEXT_DETAIL_NAMES } from '@sales/shared/http';
import { EventSourcedContextModule } from '@sales/shared/runtime';
import { NoticesOrgReader } from './notices-org.reader';

/** TODO(slice owner): describe. */
@Module({
  imports: [
    EventSourcedContextModule.register({
      context: NOTICES_CONTEXT,
      publishedEvents: NOTICES_EVENT_CATALOGUE,
      errorMessages: NOTICES_ERROR_MESSAGES,
      detailLabels: NOTICES_DETAIL_LABELS,
      replicas: [ORG_CONTEXT],
      openApiTags: [{ name: 'notices', description: 'notices' }],
    }),
  ],
  controllers: [],
  providers: [{ provide: CONTEXT_DETAIL_NAMES, useExisting: NoticesOrgReader }, NoticesOrgReader],
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
