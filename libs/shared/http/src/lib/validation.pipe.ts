import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { fieldProblems } from './validation-messages';

/**
 * The one validation pipe of every app: unknown fields are refused, types are not coerced
 * silently (a string where a number belongs is a 400), and the 400 names each field with a zh-CN
 * and an English reason.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = fieldProblems(errors);
      const summary = fields.map((f) => f.field).join(', ');
      return new BadRequestException({
        error: 'validation-failed',
        message: { zh: `请求参数不合法：${summary}`, en: `invalid request: ${summary}` },
        fields,
      });
    },
  });
}
