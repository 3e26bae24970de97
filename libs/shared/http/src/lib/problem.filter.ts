import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '@sales/shared/domain';
import { type ContextErrorMessages, errorMessagesOf } from './context-error-messages.interceptor';
import { localize } from './error-messages';

type ErrorBody = {
  statusCode: number;
  error: string;
  message: { zh: string; en: string };
  details?: unknown;
  fields?: unknown;
};

/** Codes that mean "the state moved on", not "your input is wrong". */
const CONFLICT_CODES = new Set(['concurrency-conflict', 'wrong-expected-version']);

/**
 * Maps every failure to a stable JSON body: DomainError → 400 (403 forbidden, 404 not found, 409
 * conflict) with its code and zh-CN/en message; Nest's HTTP exceptions keep their status; a body
 * that is not JSON → 400; anything else is logged and answered 500 without internals.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<{ status(code: number): { json(body: unknown): void } }>();
    const request = http.getRequest<{ method?: string; params?: Record<string, string> }>();
    const body = this.toBody(exception, request?.method ?? 'GET', errorMessagesOf(request), request?.params);
    if (body.statusCode >= 500)
      this.logger.error((exception as Error)?.message ?? String(exception), (exception as Error)?.stack);
    response.status(body.statusCode).json(body);
  }

  /**
   * An unknown id is a 404 when it is what the request addresses — any read, or a command on a
   * resource named in the URL (PUT /targets/plans/2031/… with no 2031 plan) — and a 400 when a
   * command's body refers to it (an unknown division in a hire is bad input, not a missing
   * resource). A DomainError is worded by the catalogue of the context whose route answers
   * (`answering`), else by the platform's.
   */
  toBody(
    exception: unknown,
    method = 'GET',
    answering?: ContextErrorMessages,
    pathParams: Readonly<Record<string, string>> = {},
  ): ErrorBody {
    if (exception instanceof DomainError || isCodedError(exception)) {
      const named = new Set(Object.values(pathParams).map(String));
      const inPath = Object.values((exception as DomainError).details ?? {}).some(
        (value) => (typeof value === 'string' || typeof value === 'number') && named.has(String(value)),
      );
      const statusCode =
        exception instanceof ForbiddenError
          ? HttpStatus.FORBIDDEN
          : exception instanceof NotFoundError
            ? method === 'GET' || method === 'HEAD' || inPath
              ? HttpStatus.NOT_FOUND
              : HttpStatus.BAD_REQUEST
            : exception instanceof ConflictError || CONFLICT_CODES.has(exception.code)
              ? HttpStatus.CONFLICT
              : HttpStatus.BAD_REQUEST;
      const details = (exception as DomainError).details ?? {};
      return {
        statusCode,
        error: exception.code,
        message: localize(exception.code, details, answering?.messages, answering?.labels),
        details,
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      if (isMalformedJson(exception)) {
        const message = localize('malformed-json', { reason: exception.message });
        return {
          statusCode: 400,
          error: 'malformed-json',
          message,
          fields: [{ field: 'body', constraint: 'json', message }],
        };
      }
      if (
        typeof raw === 'object' &&
        raw !== null &&
        'error' in raw &&
        typeof (raw as { message?: unknown }).message === 'object'
      ) {
        return { statusCode, ...(raw as Omit<ErrorBody, 'statusCode'>) };
      }
      const text =
        typeof raw === 'string' ? raw : String((raw as { message?: unknown }).message ?? exception.message);
      return {
        statusCode,
        error: httpCode(statusCode),
        message: { zh: zhForStatus(statusCode, text), en: text },
      };
    }
    if (isBodyParserError(exception)) return bodyProblem(exception);
    return { statusCode: 500, error: 'internal-error', message: localize('internal-error') };
  }
}

/** What the JSON body parser (body-parser's http-errors, and JsonTooDeepError) throws before a route runs. */
type BodyParserError = Error & {
  status: number;
  expose: boolean;
  type?: string;
  limit?: number;
  maxDepth?: number;
};

function isBodyParserError(error: unknown): error is BodyParserError {
  const status = (error as { status?: unknown })?.status;
  return (
    error instanceof Error &&
    typeof status === 'number' &&
    status >= 400 &&
    status < 500 &&
    (error as { expose?: unknown }).expose === true
  );
}

function bodyProblem(error: BodyParserError): ErrorBody {
  if (error.type === 'entity.too.large') {
    const limit = error.limit === undefined ? '' : `${Math.round(error.limit / 1024)}kb`;
    return {
      statusCode: 413,
      error: 'payload-too-large',
      message: {
        zh: `请求体过大：上限为 ${limit}`,
        en: `the request body is too large: the limit is ${limit}`,
      },
      details: { limit },
    };
  }
  if (error.type === 'entity.too.deep') {
    return {
      statusCode: 400,
      error: 'too-deeply-nested',
      message: {
        zh: `请求体嵌套层级过深（最多 ${error.maxDepth} 层）`,
        en: `the request body nests too deeply (at most ${error.maxDepth} levels)`,
      },
      fields: [
        {
          field: 'body',
          constraint: 'maxDepth',
          message: {
            zh: `body 嵌套超过 ${error.maxDepth} 层`,
            en: `body nests deeper than ${error.maxDepth} levels`,
          },
        },
      ],
    };
  }
  if (error.status === 415) {
    return {
      statusCode: 415,
      error: 'unsupported-media-type',
      message: { zh: `不支持的请求体编码：${error.message}`, en: error.message },
    };
  }
  return {
    statusCode: error.status,
    error: httpCode(error.status),
    message: { zh: zhForStatus(error.status, error.message), en: error.message },
  };
}

function isCodedError(error: unknown): error is Error & { code: string } {
  // Errors of the event store (WrongExpectedVersionError, ConcurrencyConflictError) carry a string code.
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    CONFLICT_CODES.has((error as unknown as { code: string }).code)
  );
}

function isMalformedJson(exception: HttpException): boolean {
  // Nest wraps body-parser's SyntaxError in a BadRequestException whose cause is the SyntaxError.
  return (
    exception.getStatus() === 400 &&
    (exception.cause instanceof SyntaxError || /JSON/.test(exception.message))
  );
}

function httpCode(status: number): string {
  return status === 404
    ? 'not-found'
    : status === 413
      ? 'payload-too-large'
      : status === 415
        ? 'unsupported-media-type'
        : status < 500
          ? 'bad-request'
          : 'internal-error';
}

function zhForStatus(status: number, text: string): string {
  if (status === 404) return `未找到：${text}`;
  if (status === 413) return '请求体过大';
  if (status === 401) return '身份验证失败';
  if (status === 403) return '无权执行此操作';
  if (status < 500) return `请求不合法：${text}`;
  return '服务器内部错误';
}
