import { Injectable } from '@nestjs/common';
import type { PublishedEventSpec } from '@sales/shared/domain';
import type { ReadinessCheck } from '@sales/shared/observability';

/**
 * What the contexts mounted in a process contribute to the platform's own endpoints: readiness
 * checks for `/health/ready`, published-event catalogues for `/asyncapi.json`, and the
 * descriptions of their OpenAPI tags.
 */
/** An OpenAPI tag with the description readers of /docs see above its operations. */
export type OpenApiTag = Readonly<{ name: string; description: string }>;

@Injectable()
export class PlatformRegistry {
  private readonly tags = new Map<string, OpenApiTag>();

  addOpenApiTags(tags: readonly OpenApiTag[]): void {
    for (const tag of tags) this.tags.set(tag.name, tag);
  }

  openApiTags(): OpenApiTag[] {
    return [...this.tags.values()];
  }

  readonly readinessChecks: ReadinessCheck[] = [];
  private readonly catalogue = new Map<string, PublishedEventSpec>();

  addReadinessCheck(check: ReadinessCheck): void {
    if (!this.readinessChecks.some((c) => c.name === check.name)) this.readinessChecks.push(check);
  }

  addPublishedEvents(events: readonly PublishedEventSpec[]): void {
    for (const event of events)
      this.catalogue.set(`${event.context}.${event.type}.v${event.schemaVersion}`, event);
  }

  publishedEvents(): PublishedEventSpec[] {
    return [...this.catalogue.values()];
  }
}
