import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { ActorDirectories, AuthGuard, LocalIssuer, TOKEN_VERIFIER, TokenVerifier } from '@sales/shared/auth';
import type { AppConfig } from '@sales/shared/config';
import { shiftedClock, systemClock } from '@sales/shared/domain';
import { ProblemFilter, UnexpectedInputInterceptor, createValidationPipe } from '@sales/shared/http';
import type { EventBus } from '@sales/shared/messaging';
import { PlatformMetrics } from '@sales/shared/observability';
import { connectMongo, createEventBus } from './adapters';
import { ApiDocsController } from './api-docs.controller';
import { HealthController } from './health.controller';
import { PlatformRegistry } from './platform-registry';
import {
  APP_CONFIG,
  CLOCK,
  EVENT_BUS,
  LOCAL_ISSUER,
  LOGGER,
  METRICS,
  MONGO_CONNECTION,
  READINESS_CHECKS,
} from './tokens';

/**
 * Everything a process needs whatever contexts it mounts: config, logger, metrics, the bus of the
 * runtime mode, the Mongo connection (distributed), identity, validation and error mapping, and
 * the health/metrics/AsyncAPI endpoints. Apps import it once: `PlatformModule.forRoot(config, logger)`.
 */
@Global()
@Module({})
export class PlatformModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    @Inject(MONGO_CONNECTION) private readonly mongo: Connection | null,
  ) {}

  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: PlatformModule,
      controllers: [HealthController, ApiDocsController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: METRICS, useValue: new PlatformMetrics() },
        {
          provide: CLOCK,
          useValue: config.clockStart
            ? shiftedClock(config.clockStart, config.businessTimeZone, undefined, config.clockSince)
            : systemClock(config.businessTimeZone),
        },
        PlatformRegistry,
        {
          provide: EVENT_BUS,
          useFactory: (registry: PlatformRegistry) => {
            const bus = createEventBus(config);
            registry.addReadinessCheck({
              name: config.mode === 'standalone' ? 'bus:in-process' : 'bus:kafka',
              check: () => bus.ping(),
            });
            return bus;
          },
          inject: [PlatformRegistry],
        },
        {
          provide: MONGO_CONNECTION,
          useFactory: async (registry: PlatformRegistry) => {
            const connection = await connectMongo(config);
            if (connection)
              registry.addReadinessCheck({
                name: 'mongodb',
                check: async () => void (await connection.db?.admin().ping()),
              });
            return connection;
          },
          inject: [PlatformRegistry],
        },
        {
          provide: LOCAL_ISSUER,
          useFactory: () =>
            usesLocalIssuer(config)
              ? LocalIssuer.open(config.dataDir, config.auth.issuer, config.auth.audience)
              : null,
        },
        {
          provide: TOKEN_VERIFIER,
          useFactory: async (local: LocalIssuer | null) => {
            const { issuer, audience, maxTokenLifetimeSeconds: maxLifetime } = config.auth;
            if (local) return local.verifier(maxLifetime);
            if (config.auth.jwksFile)
              return TokenVerifier.fromFile(config.auth.jwksFile, issuer, audience, maxLifetime);
            return TokenVerifier.remote(config.auth.jwksUrl as string, issuer, audience, maxLifetime);
          },
          inject: [LOCAL_ISSUER],
        },
        {
          provide: READINESS_CHECKS,
          useFactory: (registry: PlatformRegistry) => registry.readinessChecks,
          inject: [PlatformRegistry],
        },
        ActorDirectories,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: UnexpectedInputInterceptor },
      ],
      exports: [
        APP_CONFIG,
        CLOCK,
        LOGGER,
        METRICS,
        EVENT_BUS,
        MONGO_CONNECTION,
        LOCAL_ISSUER,
        TOKEN_VERIFIER,
        PlatformRegistry,
        ActorDirectories,
      ],
    };
  }

  /** Runs after every context module stopped its relay and consumers. */
  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
    await this.mongo?.close();
  }
}

function usesLocalIssuer(config: AppConfig): boolean {
  return config.mode === 'standalone' && !config.auth.jwksUrl && !config.auth.jwksFile;
}
