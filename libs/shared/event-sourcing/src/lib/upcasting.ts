import type { EventEnvelope } from './event-envelope';

/**
 * Old event shapes are upcast on read; history itself is never rewritten. An upcaster lifts one
 * (type, schemaVersion) to the next version; chains are applied until no upcaster matches.
 */
export type Upcaster = Readonly<{
  type: string;
  fromSchemaVersion: number;
  upcast: (data: unknown, event: EventEnvelope) => unknown;
}>;

export function createUpcaster(upcasters: readonly Upcaster[] = []): (event: EventEnvelope) => EventEnvelope {
  const byKey = new Map(upcasters.map((u) => [`${u.type}@${u.fromSchemaVersion}`, u]));
  return (event) => {
    let current = event;
    for (
      let u = byKey.get(`${current.type}@${current.schemaVersion}`);
      u;
      u = byKey.get(`${current.type}@${current.schemaVersion}`)
    ) {
      current = {
        ...current,
        data: u.upcast(current.data, current),
        schemaVersion: current.schemaVersion + 1,
      };
    }
    return current;
  };
}

/**
 * The schema version new events of a type are written with: one past the newest upcaster of that
 * type, else 1. Deriving it from the upcasters keeps the two from drifting apart — an event written
 * as v1 in a v2 shape would be upcast a second time on read.
 */
export function createSchemaVersionOf(upcasters: readonly Upcaster[] = []): (type: string) => number {
  const latest = new Map<string, number>();
  for (const u of upcasters) latest.set(u.type, Math.max(latest.get(u.type) ?? 1, u.fromSchemaVersion + 1));
  return (type) => latest.get(type) ?? 1;
}
