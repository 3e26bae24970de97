import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { type AppConfig, ConfigError, loadConfig } from '@sales/shared/config';
import { jsonBodyParser } from '@sales/shared/http';
import { PinoNestLogger, createLogger, installTracing } from '@sales/shared/observability';
import { httpTelemetry } from './http-telemetry.middleware';
import { completeOpenApi } from './openapi-document';
import { PlatformRegistry } from './platform-registry';
import { METRICS } from './tokens';

export type AppDefinition = Readonly<{
  /** Service name: logs, ce_source, defaults. */
  name: string;
  title: string;
  defaults?: Parameters<typeof loadConfig>[1];
  /** The root module for this config (PlatformModule.forRoot + the contexts it mounts). */
  module: (config: AppConfig, logger: ReturnType<typeof createLogger>) => Type | DynamicModule;
}>;

/**
 * Creates a configured Nest application without listening: JSON logs, tracing, HTTP telemetry,
 * OpenAPI at `/openapi.json` and Swagger UI at `/docs`.
 * `env` lets tests boot apps with their own settings.
 */
export async function createApp(
  definition: AppDefinition,
  env: Record<string, string | undefined> = process.env,
): Promise<{ app: INestApplication; config: AppConfig }> {
  const config = loadConfig(env, { serviceName: definition.name, ...definition.defaults });
  installTracing();
  const logger = createLogger({ service: config.serviceName, level: config.logLevel });
  // JSON only, with the configured size limit and a nesting-depth check before parsing.
  const app = await NestFactory.create(definition.module(config, logger), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  app.use(httpTelemetry(app.get(METRICS)));
  app.use(jsonBodyParser({ limit: config.http.bodyLimit }));

  const builder = new DocumentBuilder()
    .setTitle(definition.title)
    .setDescription(
      '业务部管理平台 HTTP API。所有接口（健康检查与文档除外）都需要 Bearer JWT。/ Every route except health and documents needs a bearer JWT.',
    )
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer');
  for (const tag of app.get(PlatformRegistry).openApiTags()) builder.addTag(tag.name, tag.description);
  const document = completeOpenApi(SwaggerModule.createDocument(app, builder.build()));
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
  });
  return { app, config };
}

/** `main.ts` of every app: create, listen, and stop with a clear message on a bad setting. */
export async function runApp(definition: AppDefinition): Promise<INestApplication> {
  try {
    const { app, config } = await createApp(definition);
    const { host } = config;
    await app.listen(config.port, host);
    stopGracefullyOnSignals(app);
    // The port bound, which PORT=0 leaves to the OS (test processes: no port picked ahead and lost).
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    process.stdout.write(
      `${JSON.stringify({ level: 'info', service: config.serviceName, msg: `listening on http://${host}:${port} (${config.mode})` })}\n`,
    );
    return app;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}

/** Under Kubernetes' default 30 s grace period, so a stuck close exits on its own terms, not by SIGKILL. */
const SHUTDOWN_TIMEOUT_MS = 25_000;

/**
 * SIGTERM (Kubernetes) or SIGINT: stop taking requests, let every context stop its consumers and
 * relay, close the bus and the database, then exit 0. A second signal exits at once; a shutdown
 * still running after SHUTDOWN_TIMEOUT_MS exits 1.
 */
function stopGracefullyOnSignals(app: INestApplication): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stdout.write(`${JSON.stringify({ level: 'info', msg: `${signal}: shutting down` })}\n`);
    setTimeout(() => {
      process.stderr.write(
        `${JSON.stringify({ level: 'error', msg: `shutdown took longer than ${SHUTDOWN_TIMEOUT_MS} ms; exiting` })}\n`,
      );
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(
          `${JSON.stringify({ level: 'error', msg: 'shutdown failed', err: String(error) })}\n`,
        );
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
