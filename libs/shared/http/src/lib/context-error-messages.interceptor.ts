import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  Optional,
} from '@nestjs/common';
import { type Observable, catchError, from, mergeMap, throwError } from 'rxjs';
import type { DetailLabels, ErrorMessageCatalogue } from './error-messages';

/** The error catalogue a context passed when it was registered. */
export type ContextErrorMessages = Readonly<{
  context: string;
  messages: ErrorMessageCatalogue;
  /** How the context's detail values read to people (metric → 销售额). */
  labels?: DetailLabels;
}>;

/** Provided by a context's registration (`EventSourcedContextModule.register`) to its own module only. */
export const CONTEXT_ERROR_MESSAGES = 'CONTEXT_ERROR_MESSAGES';

/**
 * A context's names for the ids its errors carry (division and person ids from its org tree),
 * provided under CONTEXT_DETAIL_NAMES in the context's module when it has them.
 */
export interface DetailNames {
  namesOf(ids: readonly string[]): Promise<Readonly<Record<string, string>>>;
}

export const CONTEXT_DETAIL_NAMES = 'CONTEXT_DETAIL_NAMES';

const ANSWERING_CONTEXT = Symbol('answering-context');

/**
 * Marks a request with the context whose route answers it, so the ProblemFilter words a refusal
 * in that context's terms: `@UseInterceptors(ContextErrorMessagesInterceptor)` on a context's
 * controllers. Nest resolves it in the controller's module, where only that context's
 * registration is visible; in `standalone` an org route thus never speaks with targets' words.
 */
@Injectable()
export class ContextErrorMessagesInterceptor implements NestInterceptor {
  constructor(
    @Inject(CONTEXT_ERROR_MESSAGES) private readonly messages: ContextErrorMessages,
    @Optional() @Inject(CONTEXT_DETAIL_NAMES) private readonly names?: DetailNames,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      Object.defineProperty(context.switchToHttp().getRequest<object>(), ANSWERING_CONTEXT, {
        value: this.messages,
        configurable: true,
      });
    }
    const names = this.names;
    if (!names) return next.handle();
    // A refusal names people and divisions as people know them (华东事业部, 李娜（p-li）).
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          from(withNames(error, names)).pipe(mergeMap(() => throwError(() => error))),
        ),
      );
  }
}

/** Adds `details.names` for the ids a coded error's details mention (`division:d-east` counts as d-east). */
async function withNames(error: unknown, names: DetailNames): Promise<void> {
  const details = (error as { code?: unknown; details?: Record<string, unknown> })?.details;
  if (typeof (error as { code?: unknown })?.code !== 'string' || !details || 'names' in details) return;
  const ids = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'string') ids.add(value.replace(/^(division|salesperson):/, ''));
  };
  Object.values(details).forEach(collect);
  try {
    const found = await names.namesOf([...ids]);
    if (Object.keys(found).length > 0) details.names = found;
  } catch {
    // Names are a courtesy: the refusal stands without them.
  }
}

/** The catalogue of the context answering `request`, if a context's route got that far. */
export function errorMessagesOf(request: unknown): ContextErrorMessages | undefined {
  return typeof request === 'object' && request !== null
    ? (request as { [ANSWERING_CONTEXT]?: ContextErrorMessages })[ANSWERING_CONTEXT]
    : undefined;
}
