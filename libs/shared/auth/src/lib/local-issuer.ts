import { type JWK, SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, importJWK } from 'jose';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@sales/shared/domain';
import { TokenVerifier } from './token-verifier';

type StoredKey = { privateJwk: JWK; publicJwk: JWK };

/**
 * The development issuer of standalone mode: an ES256 key pair kept in `<dataDir>/auth/`, so tokens
 * minted by `npm run token` stay valid across restarts. Its public key set is served at
 * `/auth/jwks.json`. Never used in distributed mode, where a real OIDC provider signs tokens.
 */
export class LocalIssuer {
  private constructor(
    private readonly key: StoredKey,
    readonly issuer: string,
    readonly audience: string,
  ) {}

  static keyFile(dataDir: string): string {
    return join(dataDir, 'auth', 'local-issuer.jwk.json');
  }

  static async open(dataDir: string, issuer: string, audience: string): Promise<LocalIssuer> {
    const file = LocalIssuer.keyFile(dataDir);
    let key: StoredKey;
    try {
      key = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
      const kid = randomUUID();
      key = {
        privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' },
        publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
      };
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(key), { mode: 0o600, flag: 'wx' }).catch(
        async (e: NodeJS.ErrnoException) => {
          if (e.code !== 'EEXIST') throw e;
          key = JSON.parse(await readFile(file, 'utf8'));
        },
      );
    }
    return new LocalIssuer(key, issuer, audience);
  }

  jwks(): { keys: JWK[] } {
    return { keys: [this.key.publicJwk] };
  }

  verifier(maxLifetimeSeconds?: number): TokenVerifier {
    return new TokenVerifier({
      issuer: this.issuer,
      audience: this.audience,
      keys: createLocalJWKSet(this.jwks()),
      maxLifetimeSeconds,
    });
  }

  /** A token for `actor`; leave `role` out to issue one without a role claim, as many IdPs do. */
  async issue(actor: Pick<Actor, 'userId'> & Partial<Actor>, expiresIn = '12h'): Promise<string> {
    const privateKey = await importJWK(this.key.privateJwk, 'ES256');
    const claims: Record<string, string> = actor.role ? { role: actor.role } : {};
    if (actor.divisionId) claims['division'] = actor.divisionId;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: this.key.privateJwk.kid })
      .setSubject(actor.userId)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(privateKey);
  }
}
