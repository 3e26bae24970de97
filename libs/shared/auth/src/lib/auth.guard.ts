import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@sales/shared/domain';
import { IS_PUBLIC, REQUIRED_ROLES, type RequestWithActor } from './auth.decorators';
import { InvalidTokenError, type TokenVerifier, bearerToken } from './token-verifier';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

/** Global guard: every route needs a verified bearer token unless marked @Public(); @Roles() narrows it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const header = request.headers['authorization'];
    try {
      request.actor = await this.verifier.verify(bearerToken(Array.isArray(header) ? header[0] : header));
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      throw new UnauthorizedException({
        error: error.code,
        message: { zh: '身份验证失败：请提供有效的访问令牌', en: `authentication failed: ${error.message}` },
      });
    }

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.includes(request.actor.role)) {
      throw new ForbiddenException({
        error: 'forbidden-role',
        message: {
          zh: `角色 ${request.actor.role} 无权执行此操作（需要：${roles.join('、')}）`,
          en: `role ${request.actor.role} may not do this (needs: ${roles.join(', ')})`,
        },
      });
    }
    return true;
  }
}
