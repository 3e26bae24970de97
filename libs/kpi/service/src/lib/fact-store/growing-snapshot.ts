import type { FactKind, KpiFact } from '@sales/kpi/projections';
import type { FactSnapshot } from './fact-source.port';

type Entry = { fact: KpiFact; generation: number; previous: Entry | undefined };

/**
 * The facts of one version, kept up to date change by change, handing out immutable snapshots.
 * Applying changes copies only the by-kind arrays they touch (the others are shared with the
 * previous snapshot), and nothing at all when nothing changed. `byId` is one map for all
 * snapshots, each entry stamped with the generation that stored it, so an older snapshot still
 * answers with the fact as it knew it.
 */
export class GrowingSnapshot {
  private readonly byId = new Map<string, Entry>();
  private readonly byKind = new Map<string, KpiFact[]>();
  /** Where each fact sits in its kind's array. */
  private readonly positions = new Map<string, number>();
  private generation = 0;
  private current: FactSnapshot;

  constructor(readonly version: number) {
    this.current = this.freeze();
  }

  snapshot(): FactSnapshot {
    return this.current;
  }

  get size(): number {
    return this.byId.size;
  }

  /** Stores changed facts (repeats of what is known are left out); true when anything changed. */
  apply(facts: readonly KpiFact[]): boolean {
    const generation = this.generation + 1;
    const copied = new Set<string>();
    const draft = (kind: string): KpiFact[] => {
      if (!copied.has(kind)) {
        copied.add(kind);
        this.byKind.set(kind, [...(this.byKind.get(kind) ?? [])]);
      }
      return this.byKind.get(kind) as KpiFact[];
    };
    for (const fact of facts) {
      const known = this.byId.get(fact.factId);
      if (known && sameFact(known.fact, fact)) continue;
      this.byId.set(fact.factId, { fact, generation, previous: known });
      if (known && known.fact.kind === fact.kind) {
        draft(fact.kind)[this.positions.get(fact.factId) as number] = fact;
        continue;
      }
      if (known) this.remove(draft(known.fact.kind), known.fact);
      const list = draft(fact.kind);
      this.positions.set(fact.factId, list.length);
      list.push(fact);
    }
    if (copied.size === 0) return false;
    this.generation = generation;
    this.current = this.freeze();
    return true;
  }

  private remove(list: KpiFact[], fact: KpiFact): void {
    list.splice(this.positions.get(fact.factId) as number, 1);
    list.forEach((other, index) => this.positions.set(other.factId, index));
  }

  private freeze(): FactSnapshot {
    const generation = this.generation;
    const byKind = new Map(this.byKind);
    const byId = this.byId;
    return {
      version: this.version,
      of: <K extends FactKind>(kind: K) => (byKind.get(kind) ?? []) as Extract<KpiFact, { kind: K }>[],
      byId: (factId) => {
        let entry = byId.get(factId);
        while (entry && entry.generation > generation) entry = entry.previous;
        return entry?.fact;
      },
    };
  }
}

function sameFact(a: KpiFact, b: KpiFact): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
