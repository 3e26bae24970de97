import { Injectable } from '@nestjs/common';
import type { PublishedEventSpec } from '@sales/shared/domain';
import type { ReadinessCheck } from '@sales/shared/observability';

/**
 * What the contexts mounted in a process contribute to the platform's own endpoints: readiness
 * checks for `/health/ready` and published-event catalogues for `/asyncapi.json`.
 */
@Injectable()
export class PlatformRegistry {
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
