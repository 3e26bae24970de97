import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ROLE_LABELS, type Role } from '@sales/shared/domain';
import { IS_PUBLIC, REQUIRED_ROLES, type RequestWithActor } from './auth.decorators';
import { ActorDirectories, ActorRefusedError } from './actor-directories';
import { InvalidTokenError, type TokenVerifier, bearerToken } from './token-verifier';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

/** Global guard: every route needs a verified bearer token unless marked @Public(); @Roles() narrows it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    private readonly directories: ActorDirectories,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const header = request.headers['authorization'];
    let claims;
    try {
      claims = await this.verifier.verify(bearerToken(Array.isArray(header) ? header[0] : header));
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      throw new UnauthorizedException({
        error: error.code,
        message: { zh: '身份验证失败：请提供有效的访问令牌', en: `authentication failed: ${error.message}` },
      });
    }
    try {
      request.actor = await this.directories.actorOf(claims);
    } catch (error) {
      if (!(error instanceof ActorRefusedError)) throw error;
      throw new ForbiddenException({ error: error.code, details: error.details, message: refusal(error) });
    }

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.includes(request.actor.role)) {
      throw new ForbiddenException({
        error: 'forbidden-role',
        message: {
          zh: `角色 ${ROLE_LABELS[request.actor.role].zh} 无权执行此操作（需要：${roles.map((r) => ROLE_LABELS[r].zh).join('、')}）`,
          en: `role ${ROLE_LABELS[request.actor.role].en} may not do this (needs: ${roles.map((r) => ROLE_LABELS[r].en).join(', ')})`,
        },
      });
    }
    return true;
  }
}

function refusal(error: ActorRefusedError): { zh: string; en: string } {
  const { userId, claimed, role } = error.details as { userId: string; claimed?: Role; role?: Role };
  if (error.code === 'role-claim-mismatch' && claimed && role) {
    const [said, is] = [ROLE_LABELS[claimed], ROLE_LABELS[role]];
    return {
      zh: `令牌声明的角色（${said.zh}）与组织结构中 ${userId} 的角色（${is.zh}）不符：以组织结构为准，请重新登录`,
      en: `the token claims the role ${said.en}, but the org tree has ${userId} as ${is.en}: the tree decides; sign in again`,
    };
  }
  if (error.code === 'subject-of-another-person') {
    return {
      zh: `${userId} 是组织结构中某人的人员编号，但此人以其他登录身份登录：请用本人的登录身份重新登录`,
      en: `${userId} is the person id of someone in the org tree who signs in with another login subject: sign in with your own`,
    };
  }
  return {
    zh: `${userId} 不在组织结构中，令牌也未声明角色`,
    en: `${userId} is not in the org tree and the token claims no role`,
  };
}
