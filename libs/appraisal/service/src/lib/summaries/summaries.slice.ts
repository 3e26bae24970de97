import type { Provider, Type } from '@nestjs/common';
import { SUMMARY_STREAM_PREFIX, summaryDecider } from '@sales/appraisal/domain';
import { DEFAULT_DAILY_SCHEDULE } from '@sales/shared/runtime';
import { foldedStreamsProvider } from '../meetings/folded-streams';
import { SummariesController } from './summaries.controller';
import { SUMMARY_INDEX, SummariesService } from './summaries.service';
import { SummaryFactsFeed } from './summary-facts-feed';
import { SUMMARY_OVERDUE_SCHEDULE, SummaryOverdueRounds } from './summary-overdue-rounds';

/** The summaries slice of appraisal (书面总结, A5): its controllers and providers, mounted by AppraisalModule. */
export const SUMMARIES_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [SummariesController],
  providers: [
    SummariesService,
    SummaryFactsFeed,
    SummaryOverdueRounds,
    { provide: SUMMARY_OVERDUE_SCHEDULE, useValue: DEFAULT_DAILY_SCHEDULE },
    foldedStreamsProvider(SUMMARY_INDEX, SUMMARY_STREAM_PREFIX, summaryDecider),
  ],
};
