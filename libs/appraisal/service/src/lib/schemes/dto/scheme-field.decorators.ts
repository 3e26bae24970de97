import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/* The scheme body's field decorators: OpenAPI and validation of one field kind in one place. */

export const DECIMAL = /^-?\d+(\.\d+)?$/;
export const Decimal = (description: string, example: string) =>
  applyDecorators(
    ApiProperty({ description, example, pattern: DECIMAL.source }),
    IsString(),
    Matches(DECIMAL),
  );
export const Percent = (description: string, example: number, max = 100, places = 2) =>
  applyDecorators(
    ApiProperty({ description, example, minimum: 0, maximum: max }),
    IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: places }),
    Min(0),
    Max(max),
  );
export const Text = (description: string, example: string, max = 500) =>
  applyDecorators(
    ApiProperty({ description, example, maxLength: max }),
    IsString(),
    IsNotEmpty(),
    MaxLength(max),
  );
export const Nested = (cls: () => new () => object, description: string) =>
  applyDecorators(ApiProperty({ description, type: cls() }), IsObject(), ValidateNested(), Type(cls));
export const NestedList = (cls: () => new () => object, description: string, min = 1, max = 20) =>
  applyDecorators(
    ApiProperty({ description, type: [cls()], minItems: min, maxItems: max }),
    IsArray(),
    ArrayMinSize(min),
    ArrayMaxSize(max),
    ValidateNested({ each: true }),
    Type(cls),
  );
export const MAX_MINOR = Number.MAX_SAFE_INTEGER;
