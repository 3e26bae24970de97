import { Module } from '@nestjs/common';
import { ORG_DETAIL_LABELS, ORG_ERROR_MESSAGES, ORG_UPCASTERS } from '@sales/org/domain';
import { ORG_CONTEXT, ORG_EVENT_CATALOGUE } from '@sales/org/events';
import { ActorDirectories } from '@sales/shared/auth';
import { CONTEXT_DETAIL_NAMES } from '@sales/shared/http';
import { EventSourcedContextModule } from '@sales/shared/runtime';
import { OrgController } from './org.controller';
import { OrgService } from './org.service';
import { HandoverFeed } from './handover-feed/handover-feed';

/**
 * Org (O1): divisions and people; a resignation's steps (O2) come from handover's published
 * events. Runs in `org-service` or inside `standalone`.
 */
@Module({
  imports: [
    EventSourcedContextModule.register({
      context: ORG_CONTEXT,
      publishedEvents: ORG_EVENT_CATALOGUE,
      errorMessages: ORG_ERROR_MESSAGES,
      detailLabels: ORG_DETAIL_LABELS,
      upcasters: ORG_UPCASTERS,
    }),
  ],
  controllers: [OrgController],
  providers: [OrgService, { provide: CONTEXT_DETAIL_NAMES, useExisting: OrgService }, HandoverFeed],
  exports: [OrgService],
})
export class OrgModule {
  /** Org's own tree is the most authoritative answer to "who is this, as of today?". */
  constructor(directories: ActorDirectories, org: OrgService) {
    directories.add({
      priority: 0,
      placeOf: (subject) => org.placeOf(subject),
      hasPerson: (personId) => org.hasPerson(personId),
    });
  }
}
