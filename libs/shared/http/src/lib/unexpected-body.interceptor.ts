import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { Observable } from 'rxjs';

/**
 * A route that takes no body refuses one with fields in it (400, each field named), as a route
 * with a DTO refuses unknown fields: a client sending `{"reason": …}` to an approve must learn
 * that nothing read it. An absent or empty body passes.
 */
@Injectable()
export class UnexpectedBodyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const body = context.switchToHttp().getRequest<{ body?: unknown }>().body;
    if (isEmpty(body) || takesBody(context)) return next.handle();
    const fields = (isPlainObject(body) ? Object.keys(body) : ['body']).map((field) => ({
      field,
      constraint: 'whitelistValidation',
      message: {
        zh: `不允许的字段：${field}（此接口不接受请求体）`,
        en: `property ${field} should not exist (this route takes no body)`,
      },
    }));
    const summary = fields.map((f) => f.field).join(', ');
    throw new BadRequestException({
      error: 'validation-failed',
      message: { zh: `请求参数不合法：${summary}`, en: `invalid request: ${summary}` },
      fields,
    });
  }
}

function takesBody(context: ExecutionContext): boolean {
  const args: Record<string, unknown> =
    Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {};
  return Object.keys(args).some((key) => key.split(':')[0] === String(RouteParamtypes.BODY));
}

function isEmpty(body: unknown): boolean {
  return body === undefined || (isPlainObject(body) && Object.keys(body).length === 0);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
