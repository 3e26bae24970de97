import {
  type JWTPayload,
  type JWTVerifyGetKey,
  createLocalJWKSet,
  createRemoteJWKSet,
  jwtVerify,
} from 'jose';
import { readFile } from 'node:fs/promises';
import { type Role, isRole } from '@sales/shared/domain';

export type TokenVerifierOptions = Readonly<{
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
  /** A token whose `exp` lies further than this after its `iat` (or after now, without `iat`) is refused. */
  maxLifetimeSeconds?: number;
}>;

/** AUTH_MAX_TOKEN_LIFETIME_SECONDS' default: one working day and night. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;

/** Why a bearer token was not accepted; the HTTP layer answers 401 with this code. */
export class InvalidTokenError extends Error {
  constructor(
    readonly code: 'token-missing' | 'token-invalid' | 'token-claims-invalid',
    reason: string,
  ) {
    super(reason);
    this.name = 'InvalidTokenError';
  }
}

/**
 * What a token says about its bearer: `sub` → userId (the login subject, which the org tree maps
 * to a person id), and optionally `role` and `division`. Many OIDC providers issue no role claim;
 * the org tree, not the token, decides business roles (ActorDirectories), so a role claim is only
 * checked against it.
 */
export type TokenClaims = Readonly<{ userId: string; role?: Role; divisionId?: string }>;

/**
 * Verifies OIDC-style bearer JWTs against a key set and reads their claims (TokenClaims).
 */
export class TokenVerifier {
  constructor(private readonly options: TokenVerifierOptions) {}

  static remote(url: string, issuer: string, audience: string, maxLifetimeSeconds?: number): TokenVerifier {
    return new TokenVerifier({
      issuer,
      audience,
      keys: createRemoteJWKSet(new URL(url)),
      maxLifetimeSeconds,
    });
  }

  static async fromFile(
    path: string,
    issuer: string,
    audience: string,
    maxLifetimeSeconds?: number,
  ): Promise<TokenVerifier> {
    const jwks = JSON.parse(await readFile(path, 'utf8'));
    return new TokenVerifier({ issuer, audience, keys: createLocalJWKSet(jwks), maxLifetimeSeconds });
  }

  async verify(token: string | undefined): Promise<TokenClaims> {
    if (!token) throw new InvalidTokenError('token-missing', 'no bearer token');
    let payload: JWTPayload;
    try {
      // A token without `exp` never expires: a leaked one would be valid for ever.
      ({ payload } = await jwtVerify(token, this.options.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw new InvalidTokenError('token-invalid', (error as Error).message);
    }
    assertLifetime(payload, this.options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS);
    return actorFromClaims(payload);
  }
}

function assertLifetime(payload: JWTPayload, maxLifetimeSeconds: number): void {
  const issuedAt = typeof payload.iat === 'number' ? payload.iat : Math.floor(Date.now() / 1000);
  const lifetime = (payload.exp as number) - issuedAt;
  if (lifetime > maxLifetimeSeconds) {
    throw new InvalidTokenError(
      'token-invalid',
      `token lifetime ${lifetime}s exceeds the allowed ${maxLifetimeSeconds}s`,
    );
  }
}

export function actorFromClaims(payload: JWTPayload): TokenClaims {
  const role = payload['role'];
  const division = payload['division'];
  if (!payload.sub) throw new InvalidTokenError('token-claims-invalid', 'claim sub is missing');
  if (role !== undefined && !isRole(role))
    throw new InvalidTokenError('token-claims-invalid', `claim role is not a known role: ${String(role)}`);
  if (division !== undefined && typeof division !== 'string')
    throw new InvalidTokenError('token-claims-invalid', 'claim division must be a string');
  return {
    userId: payload.sub,
    ...(role === undefined ? {} : { role }),
    ...(division ? { divisionId: division } : {}),
  };
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1];
}
