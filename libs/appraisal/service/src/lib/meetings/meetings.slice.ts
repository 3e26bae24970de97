import type { Provider, Type } from '@nestjs/common';
import { MEETING_STREAM_PREFIX, meetingDecider } from '@sales/appraisal/domain';
import { foldedStreamsProvider } from './folded-streams';
import { MeetingActionsController, MeetingsController } from './meetings.controller';
import { MEETING_INDEX, MeetingsService } from './meetings.service';

/** The meetings slice of appraisal (销售会议, A3): its controllers and providers, mounted by AppraisalModule. */
export const MEETINGS_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [MeetingsController, MeetingActionsController],
  providers: [MeetingsService, foldedStreamsProvider(MEETING_INDEX, MEETING_STREAM_PREFIX, meetingDecider)],
};
