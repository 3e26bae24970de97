type NewEvent = Readonly<{ type: string; data: unknown; schemaVersion?: number; id?: string }>;
type Request = Readonly<{ expectedVersion: number; events: readonly NewEvent[] }>;

/**
 * An append request (of `@sales/shared/event-sourcing`) with each of its events also published as
 * it is (schema version 1 unless stated), for a stream whose every commit does the same, so its
 * published version equals its version. For the spine's specs and benchmarks, where which events a
 * context publishes is not the point.
 */
export function publishingAsIs<R extends Request>(
  request: R,
): R & { published: { expectedVersion: number; events: NewEvent[] } } {
  return {
    ...request,
    published: {
      expectedVersion: request.expectedVersion,
      events: request.events.map(({ type, data, schemaVersion }) => ({
        type,
        data,
        schemaVersion: schemaVersion ?? 1,
      })),
    },
  };
}
