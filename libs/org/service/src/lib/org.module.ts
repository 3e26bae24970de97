import { Module } from '@nestjs/common';
import { ORG_DETAIL_LABELS, ORG_ERROR_MESSAGES } from '@sales/org/domain';
import { ORG_CONTEXT, ORG_EVENT_CATALOGUE } from '@sales/org/events';
import { EventSourcedContextModule } from '@sales/shared/runtime';
import { OrgController } from './org.controller';
import { OrgService } from './org.service';

/** Org (O1): divisions and people. Runs in `org-service` or inside `standalone`. */
@Module({
  imports: [
    EventSourcedContextModule.register({
      context: ORG_CONTEXT,
      publishedEvents: ORG_EVENT_CATALOGUE,
      errorMessages: ORG_ERROR_MESSAGES,
      detailLabels: ORG_DETAIL_LABELS,
    }),
  ],
  controllers: [OrgController],
  providers: [OrgService],
  exports: [OrgService],
})
export class OrgModule {}
