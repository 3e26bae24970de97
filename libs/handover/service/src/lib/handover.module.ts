import { Module } from '@nestjs/common';
import { HANDOVER_DETAIL_LABELS, HANDOVER_ERROR_MESSAGES } from '@sales/handover/domain';
import { HANDOVER_CONTEXT, HANDOVER_EVENT_CATALOGUE } from '@sales/handover/events';
import { ORG_CONTEXT } from '@sales/org/events';
import { ActorDirectories } from '@sales/shared/auth';
import { CONTEXT_DETAIL_NAMES } from '@sales/shared/http';
import { EventSourcedContextModule } from '@sales/shared/runtime';
import { HandoverOrgReader } from './handover-org.reader';

/** TODO(slice owner): describe. */
@Module({
  imports: [
    EventSourcedContextModule.register({
      context: HANDOVER_CONTEXT,
      publishedEvents: HANDOVER_EVENT_CATALOGUE,
      errorMessages: HANDOVER_ERROR_MESSAGES,
      detailLabels: HANDOVER_DETAIL_LABELS,
      replicas: [ORG_CONTEXT],
      openApiTags: [{ name: 'handover', description: 'handover' }],
    }),
  ],
  controllers: [],
  providers: [{ provide: CONTEXT_DETAIL_NAMES, useExisting: HandoverOrgReader }, HandoverOrgReader],
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
