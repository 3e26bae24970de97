import { Body, Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import {
  ActionParams,
  ActionQueryDto,
  CompleteActionDto,
  MeetingParams,
  MeetingQueryDto,
  RecordMeetingDto,
} from './dto/meeting.dto';
import { MEETING_READERS, MeetingsService } from './meetings.service';

/** 销售会议 (A3): held by a division manager (their division) or the VP; actions followed up. */
@ApiTags('考核 appraisal')
@Controller('appraisal/meetings')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Post()
  @Roles('division_manager', 'vp')
  @ApiOperation({
    summary:
      '登记销售会议：出席、缺席及原因、未达成原因与对策、决议事项（负责人与期限）record a sales meeting: attendees, absentees and why, misses and causes, actions with owner and due date',
  })
  record(@Body() body: RecordMeetingDto, @CurrentActor() actor: Actor) {
    return this.meetings.record(
      {
        meetingId: body.meetingId,
        divisionId: body.divisionId,
        heldOn: body.heldOn,
        attendeeIds: body.attendeeIds,
        absences: body.absences?.map(({ personId, reason }) => ({ personId, reason })),
        misses: body.misses?.map(({ personId, cause, measure }) => ({ personId, cause, measure })),
        actions: body.actions?.map(({ description, ownerId, dueOn }) => ({ description, ownerId, dueOn })),
      },
      actor,
    );
  }

  @Get()
  @Roles(...MEETING_READERS)
  @ApiOperation({
    summary: '会议列表（按数据范围，新的在前）meetings within the caller’s scope, newest first',
  })
  list(@Query() query: MeetingQueryDto, @CurrentActor() actor: Actor) {
    return this.meetings.list(actor, { divisionId: query.divisionId, from: query.from, to: query.to });
  }

  @Get(':meetingId')
  @Roles(...MEETING_READERS)
  @ApiOperation({ summary: '一次会议及其决议事项的跟进 a meeting and the follow-up of its actions' })
  view(@Param() { meetingId }: MeetingParams, @CurrentActor() actor: Actor) {
    return this.meetings.view(meetingId, actor);
  }

  @Post(':meetingId/actions/:actionId/done')
  @HttpCode(200)
  @Roles('salesperson', 'division_manager', 'vp')
  @ApiOperation({
    summary:
      '登记决议事项已完成（负责人、主持人、其上级或副总）record an action done (owner, holder, their manager or the VP)',
  })
  complete(
    @Param() { meetingId, actionId }: ActionParams,
    @Body() body: CompleteActionDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.meetings.complete(meetingId, actionId, body.note, actor);
  }
}

/** 决议跟进: the actions the caller follows, by status as of today. */
@ApiTags('考核 appraisal')
@Controller('appraisal/meeting-actions')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class MeetingActionsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get()
  @Roles(...MEETING_READERS)
  @ApiOperation({
    summary: '会议决议跟进：进行中、已完成、逾期（按今天）meeting actions: open, done, overdue (as of today)',
  })
  list(@Query() query: ActionQueryDto, @CurrentActor() actor: Actor) {
    return this.meetings.actions(actor, query.status);
  }
}
