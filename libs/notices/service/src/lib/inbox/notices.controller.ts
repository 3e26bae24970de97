import { Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { InboxService } from './inbox.service';
import { NoticeListQueryDto, NoticeParams, ReadAllNoticesDto } from './notices.dto';
import {
  NOTICES_READ_RESPONSE,
  NOTICE_LIST_RESPONSE,
  NOTICE_READ_RESPONSE,
  UNREAD_COUNT_RESPONSE,
} from './notices-responses.openapi';

const DEFAULT_LIMIT = 100;

/** 我的通知 (X2): every signed-in person's own inbox; nobody reads anyone else's. */
@ApiTags('通知 notices')
@Controller('notices')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class NoticesController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOperation({
    summary:
      '我的通知（本人；可按未读/已读、种类筛选；最新在前）your own notices, by read/unread and kind, newest first',
  })
  @ApiOkResponse({ schema: NOTICE_LIST_RESPONSE })
  list(@Query() query: NoticeListQueryDto, @CurrentActor() actor: Actor) {
    const limit = query.limit === undefined ? DEFAULT_LIMIT : Number(query.limit);
    return this.inbox.list(actor, { status: query.status, kind: query.kind, limit });
  }

  @Get('unread-count')
  @ApiOperation({ summary: '未读通知数（本人，按种类）your unread count, by kind' })
  @ApiOkResponse({ schema: UNREAD_COUNT_RESPONSE })
  unreadCount(@CurrentActor() actor: Actor) {
    return this.inbox.unreadCount(actor);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '全部标记为已读（本人；?kind= 只标记一种）mark all your unread notices read (?kind= for one kind only)',
  })
  @ApiOkResponse({ schema: NOTICES_READ_RESPONSE })
  readAll(@Query() query: ReadAllNoticesDto, @CurrentActor() actor: Actor) {
    return this.inbox.markAllRead(actor, query.kind);
  }

  @Post(':noticeId/read')
  @HttpCode(200)
  @ApiOperation({
    summary: '标记已读（只能是本人的通知；他人的 403）mark one of your notices read (someone else’s: 403)',
  })
  @ApiOkResponse({ schema: NOTICE_READ_RESPONSE })
  read(@Param() { noticeId }: NoticeParams, @CurrentActor() actor: Actor) {
    return this.inbox.markRead(actor, noticeId);
  }
}
