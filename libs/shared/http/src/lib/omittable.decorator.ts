import { ValidateIf } from 'class-validator';

/**
 * An optional body field that may be left out but not sent as null: class-validator's
 * `@IsOptional()` skips every check for null as well, so `"contacts": null` would pass where the
 * OpenAPI document (not nullable) says it must not. Fields that may be null say so and use
 * `@IsOptional()` with `@ValidateIf((_, v) => v !== null)`.
 */
export const Omittable = () => ValidateIf((_, value) => value !== undefined);
