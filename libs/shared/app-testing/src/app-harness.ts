import type { INestApplication } from '@nestjs/common';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '@sales/shared/domain';
import { LocalIssuer } from '@sales/shared/auth';
import { type AppDefinition, createApp } from '@sales/shared/runtime';

export type AppHarness = Readonly<{
  app: INestApplication;
  baseUrl: string;
  dataDir: string;
  /** A token of the local issuer; without `role` it carries no role claim. */
  tokenFor(actor: Pick<Actor, 'userId'> & Partial<Actor>): Promise<string>;
  request(
    method: string,
    path: string,
    options?: { actor?: Actor; body?: unknown; rawBody?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}>;

/**
 * Boots an app definition for a test on 127.0.0.1 with a random port. Standalone mode gets a
 * fresh temporary DATA_DIR (and thus its own local issuer) unless `env` says otherwise.
 */
export async function startApp(
  definition: AppDefinition,
  env: Record<string, string | undefined> = {},
): Promise<AppHarness> {
  const dataDir = env['DATA_DIR'] ?? (await mkdtemp(join(tmpdir(), `${definition.name}-`)));
  const settings = { LOG_LEVEL: 'warn', ...env, DATA_DIR: dataDir, PORT: '0' };
  const { app, config } = await createApp(definition, settings);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const issuer =
    config.mode === 'standalone'
      ? await LocalIssuer.open(dataDir, config.auth.issuer, config.auth.audience)
      : undefined;

  const tokenFor = async (actor: Pick<Actor, 'userId'> & Partial<Actor>) => {
    if (!issuer)
      throw new Error(
        'tokenFor needs the standalone local issuer; pass tokens explicitly in distributed tests',
      );
    return issuer.issue(actor);
  };

  return {
    app,
    baseUrl,
    dataDir,
    tokenFor,
    async request(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.actor) headers['authorization'] = `Bearer ${await tokenFor(options.actor)}`;
      let body: string | undefined;
      if (options.rawBody !== undefined) body = options.rawBody;
      else if (options.body !== undefined) body = JSON.stringify(options.body);
      if (body !== undefined) headers['content-type'] ??= 'application/json';
      const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON (Swagger UI, metrics): keep the text
      }
      return { status: response.status, body: parsed, headers: response.headers };
    },
    async close() {
      await app.close();
      if (!env['DATA_DIR']) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
