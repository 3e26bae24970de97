import type { Provider, Type } from '@nestjs/common';
import { COACHING_STREAM_PREFIX, coachingFileDecider } from '@sales/appraisal/domain';
import { foldedStreamsProvider } from '../meetings/folded-streams';
import { CoachingFeed } from './coaching-feed';
import { CoachingController } from './coaching.controller';
import { COACHING_INDEX, CoachingService } from './coaching.service';

/** The coaching slice of appraisal (培训和指导, A4): its controllers and providers, mounted by AppraisalModule. */
export const COACHING_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [CoachingController],
  providers: [
    CoachingService,
    CoachingFeed,
    foldedStreamsProvider(COACHING_INDEX, COACHING_STREAM_PREFIX, coachingFileDecider),
  ],
};
