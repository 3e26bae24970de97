import { type DynamicModule, Inject, Module } from '@nestjs/common';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { AppConfig } from '@sales/shared/config';
import type { Clock, PublishedEventSpec } from '@sales/shared/domain';
import { TracedEventStore, type Upcaster, contextTopic } from '@sales/shared/event-sourcing';
import {
  CONTEXT_ERROR_MESSAGES,
  type ContextErrorMessages,
  type DetailLabels,
  type ErrorMessageCatalogue,
} from '@sales/shared/http';
import { type EventBus, StreamReplica } from '@sales/shared/messaging';
import type { PlatformMetrics } from '@sales/shared/observability';
import { createEventStore } from './adapters';
import { ContextRuntime } from './context-runtime';
import { type OpenApiTag, PlatformRegistry } from './platform-registry';
import { APP_CONFIG, CLOCK, EVENT_BUS, LOGGER, METRICS, MONGO_CONNECTION } from './tokens';

export type ContextRegistration = Readonly<{
  context: string;
  /** The context's published events (its `events` lib catalogue), for /asyncapi.json. */
  publishedEvents: readonly PublishedEventSpec[];
  /** zh-CN/en messages of the codes the context's errors carry; its routes answer with these. */
  errorMessages: ErrorMessageCatalogue;
  /** How the context's error details read to people (metric → 销售额), beside the platform's. */
  detailLabels?: DetailLabels;
  upcasters?: readonly Upcaster[];
  /** Descriptions of the context's OpenAPI tags (the name as its controllers' @ApiTags give it). */
  openApiTags?: readonly OpenApiTag[];
  /** Other contexts whose published streams this context keeps a private copy of (e.g. the org tree). */
  replicas?: readonly string[];
}>;

export function contextRuntimeToken(context: string): string {
  return `CONTEXT_RUNTIME:${context}`;
}

/** Injects the ContextRuntime of a context: `@InjectContext('targets') runtime: ContextRuntime`. */
export const InjectContext = (context: string) => Inject(contextRuntimeToken(context));

/**
 * Mounts a context's event-sourcing runtime. The same registration works in a context's own
 * service and in `standalone`; nothing here depends on running in one process.
 */
@Module({})
export class EventSourcedContextModule {
  static register(registration: ContextRegistration): DynamicModule {
    const token = contextRuntimeToken(registration.context);
    return {
      module: EventSourcedContextModule,
      providers: [
        {
          provide: token,
          useFactory: async (
            config: AppConfig,
            mongo: Connection | null,
            bus: EventBus,
            metrics: PlatformMetrics,
            logger: Logger,
            registry: PlatformRegistry,
            clock: Clock,
          ) => {
            const store = await createEventStore(
              config,
              mongo,
              registration.context,
              registration.upcasters ?? [],
              logger,
              () => clock.now(),
            );
            registry.addReadinessCheck({ name: `store:${registration.context}`, check: () => store.ping() });
            registry.addPublishedEvents(registration.publishedEvents);
            registry.addOpenApiTags(registration.openApiTags ?? []);
            const runtime = new ContextRuntime(
              registration.context,
              config.topicPrefix + contextTopic(registration.context),
              new TracedEventStore(store, metrics),
              bus,
              metrics,
              logger,
              config.commandRetry,
            );
            for (const source of registration.replicas ?? []) {
              const replicaStore = await createEventStore(
                config,
                mongo,
                `${registration.context}-replica-${source}`,
                [],
                logger,
              );
              registry.addReadinessCheck({
                name: `store:${registration.context}-replica-${source}`,
                check: () => replicaStore.ping(),
              });
              const replica = new StreamReplica(
                replicaStore,
                config.topicPrefix + contextTopic(source),
                `${registration.context}.replica.${source}`,
              );
              registry.addReadinessCheck(replica.readiness());
              await runtime.addReplica(source, replica);
            }
            return runtime;
          },
          inject: [APP_CONFIG, MONGO_CONNECTION, EVENT_BUS, METRICS, LOGGER, PlatformRegistry, CLOCK],
        },
        {
          provide: CONTEXT_ERROR_MESSAGES,
          useValue: {
            context: registration.context,
            messages: registration.errorMessages,
            labels: registration.detailLabels,
          } satisfies ContextErrorMessages,
        },
      ],
      exports: [token, CONTEXT_ERROR_MESSAGES],
    };
  }
}
