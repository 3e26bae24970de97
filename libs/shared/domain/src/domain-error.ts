/**
 * A business rule said no. `code` is stable (kebab-case, e.g. `form-not-open`) so the HTTP layer
 * can map it to a status and a zh-CN/en message; `details` names the fields and values involved.
 * The domain never imports HTTP.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly details: Record<string, unknown> = {},
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'DomainError';
  }
}

/** A rule that concerns who is asking, not what is asked (mapped to 403). */
export class ForbiddenError extends DomainError {
  constructor(code: string, details: Record<string, unknown> = {}) {
    super(code, details);
    this.name = 'ForbiddenError';
  }
}

/** The addressed thing does not exist (mapped to 404). */
export class NotFoundError extends DomainError {
  constructor(code: string, details: Record<string, unknown> = {}) {
    super(code, details);
    this.name = 'NotFoundError';
  }
}

/** The caller acted on a view that has changed since they read it (mapped to 409). */
export class ConflictError extends DomainError {
  constructor(code: string, details: Record<string, unknown> = {}) {
    super(code, details);
    this.name = 'ConflictError';
  }
}
