import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC } from '@sales/shared/auth';
import type { Observable } from 'rxjs';

/**
 * A route that reads no body refuses one with fields in it, and a route that reads no query
 * refuses query parameters (400, each named), as a route with a DTO refuses unknown fields: a
 * client sending `{"reason": …}` to an approve, or `?asOf=…` to a read that has no date, must learn
 * that nothing read it. An absent or empty body passes. Public routes (health, metrics, documents)
 * take no input and are left alone: a probe or scraper may add a cache-busting parameter.
 */
@Injectable()
export class UnexpectedInputInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]))
      return next.handle();
    const request = context.switchToHttp().getRequest<{ body?: unknown; query?: unknown }>();
    const reads = readParameters(context);
    const unread = [
      ...(reads.has(RouteParamtypes.BODY)
        ? []
        : fieldsOf(request.body, 'body').map((field) => ({ field, where: 'body' as const }))),
      ...(reads.has(RouteParamtypes.QUERY)
        ? []
        : fieldsOf(request.query, 'query').map((field) => ({ field, where: 'query' as const }))),
    ];
    if (unread.length === 0) return next.handle();
    const fields = unread.map(({ field, where }) => ({
      field,
      constraint: 'whitelistValidation',
      message:
        where === 'body'
          ? {
              zh: `不允许的字段：${field}（此接口不接受请求体）`,
              en: `property ${field} should not exist (this route takes no body)`,
            }
          : {
              zh: `不允许的查询参数：${field}（此接口不接受查询参数）`,
              en: `query parameter ${field} should not exist (this route takes none)`,
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

function readParameters(context: ExecutionContext): Set<number> {
  const args: Record<string, unknown> =
    Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {};
  return new Set(Object.keys(args).map((key) => Number(key.split(':')[0])));
}

/** The field names a body or query carries; `[whole]` for a body that is not an object. */
function fieldsOf(value: unknown, whole: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'object' && !Array.isArray(value)) return Object.keys(value);
  return [whole];
}
