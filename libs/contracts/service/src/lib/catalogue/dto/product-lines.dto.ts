import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  MAX_CATALOGUE_VAT_BASIS_POINTS,
  MAX_PRODUCT_LINE_NAME,
  PRODUCT_LINE_ID,
} from '@sales/contracts/domain';
import { Omittable } from '@sales/shared/http';

const LineId = (description: string, example: string) =>
  applyDecorators(
    ApiProperty({ description, example, pattern: PRODUCT_LINE_ID.source }),
    Matches(PRODUCT_LINE_ID),
  );
const Name = (description: string, example: string) =>
  applyDecorators(
    ApiProperty({ description, example, minLength: 1, maxLength: MAX_PRODUCT_LINE_NAME }),
    IsString(),
    IsNotEmpty(),
    MaxLength(MAX_PRODUCT_LINE_NAME),
  );
const OmittableName = (description: string, example: string) =>
  applyDecorators(
    ApiPropertyOptional({ description, example, minLength: 1, maxLength: MAX_PRODUCT_LINE_NAME }),
    Omittable(),
    IsString(),
    IsNotEmpty(),
    MaxLength(MAX_PRODUCT_LINE_NAME),
  );
const VAT = '默认增值税率（基点，1300 = 13%，900 = 9%）default VAT rate in basis points';
const vatProperty = (required: boolean) =>
  (required ? ApiProperty : ApiPropertyOptional)({
    description: required ? VAT : `${VAT}（不填则不变 unchanged when omitted）`,
    type: 'integer',
    minimum: 0,
    maximum: MAX_CATALOGUE_VAT_BASIS_POINTS,
    example: 1300,
  });

export class ProductLineParams {
  @LineId('产品线编号 product line id', 'outdoor-led')
  productLineId!: string;
}

export class ProductLineNameDto {
  @Name('中文名称 Chinese name', '户外 LED 屏')
  zh!: string;

  @Name('英文名称 English name', 'outdoor LED display')
  en!: string;
}

export class ProductLineNameChangeDto {
  @OmittableName('中文名称（不填则不变）Chinese name (unchanged when omitted)', '户外 LED 屏')
  zh?: string;

  @OmittableName('英文名称（不填则不变）English name (unchanged when omitted)', 'outdoor LED display')
  en?: string;
}

export class DefineProductLineDto {
  @LineId('产品线编号（小写字母、数字、连字符，1–32 位）new product line id', 'outdoor-led')
  productLineId!: string;

  @ApiProperty({ description: '名称（中文、英文）name in Chinese and English', type: ProductLineNameDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ProductLineNameDto)
  name!: ProductLineNameDto;

  @vatProperty(true)
  @IsInt()
  @Min(0)
  @Max(MAX_CATALOGUE_VAT_BASIS_POINTS)
  vatBasisPoints!: number;
}

export class ChangeProductLineDto {
  @ApiPropertyOptional({
    description: '新名称（可只改中文或英文）new name, either language or both',
    type: ProductLineNameChangeDto,
  })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ProductLineNameChangeDto)
  name?: ProductLineNameChangeDto;

  // Given when the name is not: a change names at least one thing to change.
  @vatProperty(false)
  @ValidateIf(
    (change: ChangeProductLineDto) => change.vatBasisPoints !== undefined || change.name === undefined,
  )
  @IsDefined()
  @IsInt()
  @Min(0)
  @Max(MAX_CATALOGUE_VAT_BASIS_POINTS)
  vatBasisPoints?: number;
}
