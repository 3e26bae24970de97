import { type ExecutionContext, SetMetadata, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Actor, Role } from '@sales/shared/domain';

export const IS_PUBLIC = 'sales:public';
export const REQUIRED_ROLES = 'sales:roles';

/** Route needs no token (health, API documents, the local key set); the OpenAPI says so (`x-public`). */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension('x-public', true));

/** Route is open only to these roles (403 otherwise), listed in the OpenAPI (`x-roles`). Data scope is checked by the domain. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(REQUIRED_ROLES, roles), ApiExtension('x-roles', roles));

export type RequestWithActor = { actor?: Actor; headers: Record<string, string | string[] | undefined> };

/** The verified caller, for handlers to pass into commands. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});
