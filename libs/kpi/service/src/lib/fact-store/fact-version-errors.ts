import { ConflictError, NotFoundError } from '@sales/shared/domain';

/** The version is the one the API serves: switch to another before dropping it (409). */
export function activeVersionDropRefused(version: number): ConflictError {
  return new ConflictError('fact-version-active', { version });
}

/** No such read-model version, or it was dropped (404). */
export function unknownFactVersion(version: number): NotFoundError {
  return new NotFoundError('fact-version-unknown', { version });
}
