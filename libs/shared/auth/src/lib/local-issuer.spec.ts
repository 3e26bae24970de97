import { SignJWT, generateKeyPair } from 'jose';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalIssuer } from './local-issuer';
import { InvalidTokenError, bearerToken } from './token-verifier';

describe('local issuer and token verifier', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'issuer-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('issues tokens that verify into the actor, across restarts', async () => {
    const token = await (
      await LocalIssuer.open(dir, 'urn:test', 'sales')
    ).issue({ userId: 'u-7', role: 'division_manager', divisionId: 'd-east' });
    const reopened = await LocalIssuer.open(dir, 'urn:test', 'sales');
    await expect(reopened.verifier().verify(token)).resolves.toEqual({
      userId: 'u-7',
      role: 'division_manager',
      divisionId: 'd-east',
    });
  });

  it('refuses a missing, foreign, expired or wrongly addressed token', async () => {
    const issuer = await LocalIssuer.open(dir, 'urn:test', 'sales');
    const verifier = issuer.verifier();
    await expect(verifier.verify(undefined)).rejects.toMatchObject({ code: 'token-missing' });

    const { privateKey } = await generateKeyPair('ES256');
    const foreign = await new SignJWT({ role: 'vp' })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('x')
      .setIssuer('urn:test')
      .setAudience('sales')
      .sign(privateKey);
    await expect(verifier.verify(foreign)).rejects.toBeInstanceOf(InvalidTokenError);

    await expect(
      verifier.verify(await issuer.issue({ userId: 'u', role: 'vp' }, '-1m')),
    ).rejects.toMatchObject({ code: 'token-invalid' });
    const otherAudience = await (
      await LocalIssuer.open(dir, 'urn:test', 'elsewhere')
    ).issue({ userId: 'u', role: 'vp' });
    await expect(verifier.verify(otherAudience)).rejects.toMatchObject({ code: 'token-invalid' });
  });

  it('refuses a token whose role is unknown', async () => {
    const issuer = await LocalIssuer.open(dir, 'urn:test', 'sales');
    const token = await issuer.issue({ userId: 'u', role: 'emperor' as never });
    await expect(issuer.verifier().verify(token)).rejects.toMatchObject({ code: 'token-claims-invalid' });
  });

  it('reads the bearer scheme only', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
