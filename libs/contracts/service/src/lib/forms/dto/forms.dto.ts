import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_FORMS_PER_ISSUE } from '@sales/contracts/domain';
import { Omittable } from '@sales/shared/http';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/** `<prefix>-<year>-<seq>` as the format makes them (HT-2027-0001). */
const FORM_NUMBER = /^[A-Z][A-Z0-9]{0,9}-\d{4}-\d{3,6}$/;

const OmittableId = (description: string) =>
  applyDecorators(ApiPropertyOptional({ description, pattern: ID.source }), Omittable(), Matches(ID));

/** 发放合同: one form or a batch of consecutive numbers to a salesperson. */
export class IssueFormsDto {
  @ApiProperty({ description: '领用人（销售）the salesperson', pattern: ID.source, example: 'p-li' })
  @Matches(ID)
  holderId!: string;

  @ApiPropertyOptional({
    description: `份数（默认 1，至多 ${MAX_FORMS_PER_ISSUE}）/ how many (default 1)`,
    type: 'integer',
    minimum: 1,
    maximum: MAX_FORMS_PER_ISSUE,
    example: 1,
  })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(MAX_FORMS_PER_ISSUE)
  count?: number;

  @ApiPropertyOptional({
    description: '编号年度（默认今年；可为上一年至下一年）/ numbering year (default: this year)',
    type: 'integer',
    minimum: 2000,
    maximum: 9999,
    example: 2027,
  })
  @Omittable()
  @IsInt()
  @Min(2000)
  @Max(9999)
  year?: number;
}

export class VoidFormDto {
  @ApiProperty({ description: '作废原因 why the form is voided', minLength: 1, maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class FormNumberParams {
  @ApiProperty({ description: '合同编号 form number', pattern: FORM_NUMBER.source, example: 'HT-2027-0001' })
  @Matches(FORM_NUMBER)
  number!: string;
}

export class UnreturnedFormsQueryDto {
  @OmittableId('领用人（只看此人）holder')
  personId?: string;

  @OmittableId('事业部（领用人今天所在）division of the holder today')
  divisionId?: string;
}

/** 合同编号格式: `<prefix>-<year>-<seq>`, the sequence zero-padded to `width` digits. */
export class FormNumberFormatDto {
  @ApiProperty({
    description: '编号前缀（大写字母开头，1–10 位大写字母或数字）/ prefix',
    pattern: '^[A-Z][A-Z0-9]{0,9}$',
    example: 'HT',
  })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9]{0,9}$/)
  prefix!: string;

  @ApiProperty({
    description: '序号位数 / digits of the sequence',
    type: 'integer',
    minimum: 3,
    maximum: 6,
    example: 4,
  })
  @IsInt()
  @Min(3)
  @Max(6)
  width!: number;
}
