import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  INSTALLATION_MILESTONES,
  type InstallationMilestone,
  SCREEN_ENVIRONMENTS,
  SCREEN_MOUNTINGS,
  type ScreenEnvironment,
  type ScreenMounting,
} from '@sales/contracts/events';
import { Omittable } from '@sales/shared/http';

/* 现场与安装 (K4) requests: sizes in whole millimetres, pixel pitch in whole micrometres. */

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateSchema = { example: '2027-03-31', format: 'date', pattern: DATE.source };
const MAX_TEXT = 2000;
const MAX_MM = 1_000_000;

const RequiredId = (description: string) =>
  applyDecorators(ApiProperty({ description, pattern: ID.source }), Matches(ID));
const BusinessDate = (description: string) =>
  applyDecorators(ApiProperty({ description, ...dateSchema }), Matches(DATE), IsDateString({ strict: true }));
const OmittableDate = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ description, ...dateSchema }),
    Omittable(),
    Matches(DATE),
    IsDateString({ strict: true }),
  );
const Text = (description: string, max = MAX_TEXT) =>
  applyDecorators(
    ApiProperty({ description, minLength: 1, maxLength: max }),
    IsString(),
    IsNotEmpty(),
    MaxLength(max),
  );
const WholeNumber = (description: string) =>
  applyDecorators(
    ApiProperty({ description, type: 'integer', minimum: 1, maximum: MAX_MM }),
    IsInt(),
    Min(1),
    Max(MAX_MM),
  );

export class InstallationParams {
  @RequiredId('合同（系统编号）contract id')
  contractId!: string;
}

export class MilestoneParams extends InstallationParams {
  @ApiProperty({
    description: '里程碑：start 安装开始、finish 安装完成、commission 调试、accept 验收',
    enum: INSTALLATION_MILESTONES,
  })
  @IsIn(INSTALLATION_MILESTONES)
  milestone!: InstallationMilestone;
}

export class AssignInstallersDto {
  @ApiProperty({
    description: '安装人员（今天在组织架构中角色为安装人员者；整组替换）installers, the whole set',
    type: [String],
    minItems: 1,
    maxItems: 20,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(ID, { each: true })
  installerIds!: string[];
}

export class ScreenRequirementDto {
  @Text('屏幕名称（如 大厅主屏）screen name', 100)
  name!: string;

  @WholeNumber('宽（整数，毫米）width in whole millimetres')
  widthMm!: number;

  @WholeNumber('高（整数，毫米）height in whole millimetres')
  heightMm!: number;

  @WholeNumber('点间距（整数，微米；P2.5 即 2500）pixel pitch in whole micrometres (P2.5 = 2500)')
  pixelPitchUm!: number;

  @ApiProperty({
    description: '使用环境 indoor 室内 / outdoor 户外 / semi_outdoor 半户外',
    enum: SCREEN_ENVIRONMENTS,
  })
  @IsIn(SCREEN_ENVIRONMENTS)
  environment!: ScreenEnvironment;

  @ApiProperty({
    description: '安装方式 wall 壁挂 / hoisted 吊装 / floor 落地 / embedded 嵌入 / pole 立柱 / other 其他',
    enum: SCREEN_MOUNTINGS,
  })
  @IsIn(SCREEN_MOUNTINGS)
  mounting!: ScreenMounting;
}

export class SiteSurveyDto {
  @BusinessDate('勘察日期 date surveyed')
  surveyedOn!: string;

  @Text('现场情况 site conditions')
  siteConditions!: string;

  @ApiProperty({
    description: '屏幕要求 screens required',
    type: [ScreenRequirementDto],
    minItems: 1,
    maxItems: 50,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ScreenRequirementDto)
  screens!: ScreenRequirementDto[];

  @ApiPropertyOptional({ description: '备注 notes', maxLength: MAX_TEXT })
  @Omittable()
  @IsString()
  @MaxLength(MAX_TEXT)
  notes?: string;
}

export class PlanMilestoneDto {
  @BusinessDate('计划日期 planned date')
  plannedOn!: string;
}

export class DelayMilestoneDto {
  @BusinessDate('新计划日期（晚于当前计划）new planned date, after the current one')
  newDate!: string;

  @Text('延期原因 reason for the delay', 500)
  reason!: string;
}

export class RecordMilestoneDto {
  @OmittableDate('实际日期（省略即今天）actual date, today by default')
  on?: string;

  @ApiPropertyOptional({
    description: '验收人（客户方；验收时必填）who accepted for the customer',
    maxLength: 100,
  })
  @Omittable()
  @IsString()
  @MaxLength(100)
  acceptedBy?: string;
}

export class InstallationListQueryDto {
  @ApiPropertyOptional({ description: '按安装人员 by installer', pattern: ID.source })
  @Omittable()
  @Matches(ID)
  installerId?: string;

  @ApiPropertyOptional({ description: '按事业部 by division', pattern: ID.source })
  @Omittable()
  @Matches(ID)
  divisionId?: string;

  @ApiPropertyOptional({ description: '按合同负责人 by owner', pattern: ID.source })
  @Omittable()
  @Matches(ID)
  ownerId?: string;
}

export class OverdueQueryDto {
  @OmittableDate('截至日期（省略即今天）as of, today by default')
  asOf?: string;
}
