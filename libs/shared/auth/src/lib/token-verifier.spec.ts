import { type JWK, SignJWT, exportJWK, generateKeyPair } from 'jose';
import { createLocalJWKSet } from 'jose';
import { TokenVerifier } from './token-verifier';

describe('token verifier: expiry is required and lifetime capped', () => {
  let sign: (claims: { exp?: number; iat?: number }) => Promise<string>;
  let verifier: (maxLifetimeSeconds?: number) => TokenVerifier;
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' };
    sign = async ({ exp, iat }) => {
      const jwt = new SignJWT({ role: 'vp' })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setSubject('p-vp')
        .setIssuer('urn:test')
        .setAudience('sales');
      if (iat !== undefined) jwt.setIssuedAt(iat);
      if (exp !== undefined) jwt.setExpirationTime(exp);
      return jwt.sign(privateKey);
    };
    verifier = (maxLifetimeSeconds) =>
      new TokenVerifier({
        issuer: 'urn:test',
        audience: 'sales',
        keys: createLocalJWKSet({ keys: [jwk] }),
        maxLifetimeSeconds,
      });
  });

  it('accepts a token with exp within the allowed lifetime', async () => {
    await expect(verifier().verify(await sign({ iat: now(), exp: now() + 12 * 3600 }))).resolves.toEqual({
      userId: 'p-vp',
      role: 'vp',
    });
  });

  it('refuses a token without exp', async () => {
    await expect(verifier().verify(await sign({ iat: now() }))).rejects.toMatchObject({
      code: 'token-invalid',
      message: expect.stringContaining('exp'),
    });
  });

  it('refuses a token living longer than the default 24 h', async () => {
    await expect(verifier().verify(await sign({ iat: now(), exp: now() + 25 * 3600 }))).rejects.toMatchObject(
      { code: 'token-invalid', message: expect.stringContaining('lifetime') },
    );
  });

  it('refuses a token living longer than the configured cap, with or without iat', async () => {
    await expect(verifier(600).verify(await sign({ iat: now(), exp: now() + 3600 }))).rejects.toMatchObject({
      code: 'token-invalid',
    });
    await expect(verifier(600).verify(await sign({ exp: now() + 3600 }))).rejects.toMatchObject({
      code: 'token-invalid',
    });
    await expect(verifier(600).verify(await sign({ iat: now(), exp: now() + 300 }))).resolves.toMatchObject({
      userId: 'p-vp',
    });
  });
});
