import { type JWTPayload, type JWTVerifyGetKey, createLocalJWKSet, createRemoteJWKSet, jwtVerify } from 'jose';
import { readFile } from 'node:fs/promises';
import { type Actor, isRole } from '@sales/shared/domain';

export type TokenVerifierOptions = Readonly<{
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
}>;

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
 * Verifies OIDC-style bearer JWTs against a key set and turns the claims into an Actor:
 * `sub` → userId, `role` → role, `division` → divisionId (optional).
 */
export class TokenVerifier {
  constructor(private readonly options: TokenVerifierOptions) {}

  static remote(url: string, issuer: string, audience: string): TokenVerifier {
    return new TokenVerifier({ issuer, audience, keys: createRemoteJWKSet(new URL(url)) });
  }

  static async fromFile(path: string, issuer: string, audience: string): Promise<TokenVerifier> {
    const jwks = JSON.parse(await readFile(path, 'utf8'));
    return new TokenVerifier({ issuer, audience, keys: createLocalJWKSet(jwks) });
  }

  async verify(token: string | undefined): Promise<Actor> {
    if (!token) throw new InvalidTokenError('token-missing', 'no bearer token');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.options.keys, { issuer: this.options.issuer, audience: this.options.audience }));
    } catch (error) {
      throw new InvalidTokenError('token-invalid', (error as Error).message);
    }
    return actorFromClaims(payload);
  }
}

export function actorFromClaims(payload: JWTPayload): Actor {
  const role = payload['role'];
  const division = payload['division'];
  if (!payload.sub) throw new InvalidTokenError('token-claims-invalid', 'claim sub is missing');
  if (!isRole(role)) throw new InvalidTokenError('token-claims-invalid', `claim role is not a known role: ${String(role)}`);
  if (division !== undefined && typeof division !== 'string') throw new InvalidTokenError('token-claims-invalid', 'claim division must be a string');
  return division ? { userId: payload.sub, role, divisionId: division } : { userId: payload.sub, role };
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1];
}
