import { Module } from '@nestjs/common';
import { APPRAISAL_DETAIL_LABELS, APPRAISAL_ERROR_MESSAGES } from '@sales/appraisal/domain';
import { APPRAISAL_CONTEXT, APPRAISAL_EVENT_CATALOGUE } from '@sales/appraisal/events';
import { ORG_CONTEXT } from '@sales/org/events';
import { ActorDirectories } from '@sales/shared/auth';
import { CONTEXT_DETAIL_NAMES } from '@sales/shared/http';
import { EventSourcedContextModule } from '@sales/shared/runtime';
import { COACHING_SLICE } from './coaching/coaching.slice';
import { CYCLES_SLICE } from './cycles/cycles.slice';
import { MEETINGS_SLICE } from './meetings/meetings.slice';
import { AppraisalOrgReader } from './org/appraisal-org.reader';
import { SCHEMES_SLICE } from './schemes/schemes.slice';
import { SUMMARIES_SLICE } from './summaries/summaries.slice';
import { CyclesService } from './cycles/cycles.service';
import { MeetingsService } from './meetings/meetings.service';
import { SchemesService } from './schemes/schemes.service';

/**
 * Appraisal (考核, A1–A5): schemes and commission tables set by the VP, cycles frozen from the
 * KPI service's published period figures, sales meetings, coaching and written summaries. Knows
 * the org tree only through its replica of org's published events; runs in `appraisal-service`
 * or inside `standalone`.
 */
@Module({
  imports: [
    EventSourcedContextModule.register({
      context: APPRAISAL_CONTEXT,
      publishedEvents: APPRAISAL_EVENT_CATALOGUE,
      errorMessages: APPRAISAL_ERROR_MESSAGES,
      detailLabels: APPRAISAL_DETAIL_LABELS,
      replicas: [ORG_CONTEXT],
      openApiTags: [
        {
          name: '考核 appraisal',
          description:
            '考核办法、提成方案、考核周期（冻结 KPI、定性评价、副总审批、公布、申诉）、销售会议、培训和指导、书面总结。' +
            ' Appraisal schemes, commission tables, cycles (KPI freeze, qualitative evaluation, VP approval, publication, appeals), sales meetings, coaching and written summaries.',
        },
      ],
    }),
  ],
  controllers: [
    ...SCHEMES_SLICE.controllers,
    ...CYCLES_SLICE.controllers,
    ...MEETINGS_SLICE.controllers,
    ...COACHING_SLICE.controllers,
    ...SUMMARIES_SLICE.controllers,
  ],
  providers: [
    { provide: CONTEXT_DETAIL_NAMES, useExisting: AppraisalOrgReader },
    AppraisalOrgReader,
    ...SCHEMES_SLICE.providers,
    ...CYCLES_SLICE.providers,
    ...MEETINGS_SLICE.providers,
    ...COACHING_SLICE.providers,
    ...SUMMARIES_SLICE.providers,
  ],
  // For the demo loader of `standalone`, which records through the same services as users.
  exports: [SchemesService, CyclesService, MeetingsService],
})
export class AppraisalModule {
  /** Its copy of org's tree answers "who is this?" where org itself is not mounted (appraisal-service). */
  constructor(directories: ActorDirectories, org: AppraisalOrgReader) {
    directories.add({
      priority: 1,
      placeOf: (subject) => org.placeOf(subject),
      hasPerson: (personId) => org.hasPerson(personId),
    });
  }
}
