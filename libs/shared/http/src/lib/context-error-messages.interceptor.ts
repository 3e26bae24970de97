import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Observable } from 'rxjs';
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

const ANSWERING_CONTEXT = Symbol('answering-context');

/**
 * Marks a request with the context whose route answers it, so the ProblemFilter words a refusal
 * in that context's terms: `@UseInterceptors(ContextErrorMessagesInterceptor)` on a context's
 * controllers. Nest resolves it in the controller's module, where only that context's
 * registration is visible; in `standalone` an org route thus never speaks with targets' words.
 */
@Injectable()
export class ContextErrorMessagesInterceptor implements NestInterceptor {
  constructor(@Inject(CONTEXT_ERROR_MESSAGES) private readonly messages: ContextErrorMessages) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      Object.defineProperty(context.switchToHttp().getRequest<object>(), ANSWERING_CONTEXT, {
        value: this.messages,
        configurable: true,
      });
    }
    return next.handle();
  }
}

/** The catalogue of the context answering `request`, if a context's route got that far. */
export function errorMessagesOf(request: unknown): ContextErrorMessages | undefined {
  return typeof request === 'object' && request !== null
    ? (request as { [ANSWERING_CONTEXT]?: ContextErrorMessages })[ANSWERING_CONTEXT]
    : undefined;
}
