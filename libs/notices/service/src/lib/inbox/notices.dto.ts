import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { NOTICE_KINDS, type NoticeKind } from '@sales/notices/domain';
import { Omittable } from '@sales/shared/http';

const NOTICE_ID = /^n-[0-9a-f]{24}$/;
const KIND_DESCRIPTION = `通知种类 kind: ${NOTICE_KINDS.join(' | ')}`;

export class NoticeListQueryDto {
  @ApiPropertyOptional({
    description: '未读 / 已读 unread or read (both when left out)',
    enum: ['unread', 'read'],
  })
  @Omittable()
  @IsIn(['unread', 'read'])
  status?: 'unread' | 'read';

  @ApiPropertyOptional({ description: KIND_DESCRIPTION, enum: NOTICE_KINDS })
  @Omittable()
  @IsIn(NOTICE_KINDS)
  kind?: NoticeKind;

  @ApiPropertyOptional({
    description: '最多返回条数（默认 100，最多 500）at most this many, newest first',
    pattern: '^[1-9][0-9]{0,2}$',
  })
  @Omittable()
  @Matches(/^(?:[1-9][0-9]{0,1}|[1-4][0-9]{2}|500)$/, {
    message: 'limit must be a whole number from 1 to 500',
  })
  limit?: string;
}

export class NoticeParams {
  @ApiProperty({
    description: '通知编号 notice id',
    pattern: NOTICE_ID.source,
    example: 'n-3f1c0e9a7b2d4c6e8f0a1b2c',
  })
  @Matches(NOTICE_ID, { message: 'noticeId must look like n- followed by 24 hexadecimal digits' })
  noticeId!: string;
}

export class ReadAllNoticesDto {
  @ApiPropertyOptional({
    description: `只标记这一种（省略即全部）only this kind — ${KIND_DESCRIPTION}`,
    enum: NOTICE_KINDS,
  })
  @Omittable()
  @IsIn(NOTICE_KINDS)
  kind?: NoticeKind;
}
