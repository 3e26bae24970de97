import type { FactKind, KpiFact } from '@sales/kpi/projections';

/** The facts of the active read-model version, by kind, as the KPI API computes figures from them. */
export type FactSnapshot = Readonly<{
  /** The read-model version they come from. */
  version: number;
  /** Every fact of a kind (all recorded times: figures filter by `asOf` themselves). */
  of<K extends FactKind>(kind: K): readonly Extract<KpiFact, { kind: K }>[];
  /** A fact by its id (explain). */
  byId(factId: string): KpiFact | undefined;
}>;

/**
 * Where the KPI API reads facts: FactCache keeps the active version in memory and follows the
 * store's changes (so a dashboard query touches no database); specs give a fixed snapshot.
 */
export interface FactSource {
  snapshot(): Promise<FactSnapshot>;
}

export const KPI_FACT_SOURCE = Symbol('KPI_FACT_SOURCE');

/** A snapshot of a fixed list of facts (specs, and the cache's own building block). */
export function snapshotOf(facts: Iterable<KpiFact>, version = 1): FactSnapshot {
  const byKind = new Map<string, KpiFact[]>();
  const byId = new Map<string, KpiFact>();
  for (const fact of facts) {
    byId.set(fact.factId, fact);
  }
  for (const fact of byId.values()) {
    const list = byKind.get(fact.kind) ?? [];
    list.push(fact);
    byKind.set(fact.kind, list);
  }
  return {
    version,
    of: <K extends FactKind>(kind: K) => (byKind.get(kind) ?? []) as Extract<KpiFact, { kind: K }>[],
    byId: (factId) => byId.get(factId),
  };
}
