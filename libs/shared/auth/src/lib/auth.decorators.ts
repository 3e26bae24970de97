import { type ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import type { Actor, Role } from '@sales/shared/domain';

export const IS_PUBLIC = 'sales:public';
export const REQUIRED_ROLES = 'sales:roles';

/** Route needs no token (health, API documents, the local key set). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Route is open only to these roles (403 otherwise). Data scope is checked by the domain. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export type RequestWithActor = { actor?: Actor; headers: Record<string, string | string[] | undefined> };

/** The verified caller, for handlers to pass into commands. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});
