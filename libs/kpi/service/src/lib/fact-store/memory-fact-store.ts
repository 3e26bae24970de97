import type { KpiFact } from '@sales/kpi/projections';
import type { FactChanges, FactStore, FactTableVersion } from './fact-store.port';
import { factHash } from './fact-hash';
import { activeVersionDropRefused, unknownFactVersion } from './fact-version-errors';

type StoredFact = { fact: KpiFact; hash: string; sequence: number };

type VersionTable = {
  state: FactTableVersion['state'];
  createdAt: string;
  facts: Map<string, StoredFact>;
  /** (sequence, factId) of every change in sequence order; superseded entries are skipped on read. */
  log: Array<{ sequence: number; factId: string }>;
};

const DEFAULT_LIMIT = 1000;

/**
 * FactStore in memory (standalone: the in-process bus refills it from the contexts' history at
 * every start). One Map per version; a change takes the next number of one store-wide sequence,
 * which is the cursor. Writes are synchronous, so a fact is never visible before the facts stored
 * ahead of it and a cursor never passes a write in flight. An equal fact stored again keeps its
 * sequence number (nothing changed, nothing to read again).
 */
export class MemoryFactStore implements FactStore {
  private readonly tables = new Map<number, VersionTable>();
  private sequence = 0;
  private lastVersion = 0;

  constructor(private readonly now: () => Date = () => new Date()) {}

  async upsert(version: number, facts: readonly KpiFact[]): Promise<void> {
    const table = this.table(version);
    for (const fact of facts) {
      const hash = factHash(fact);
      if (table.facts.get(fact.factId)?.hash === hash) continue;
      const sequence = ++this.sequence;
      table.facts.set(fact.factId, { fact: structuredClone(fact), hash, sequence });
      table.log.push({ sequence, factId: fact.factId });
    }
  }

  async changesSince(version: number, cursor: string | null, limit = DEFAULT_LIMIT): Promise<FactChanges> {
    const table = this.table(version);
    const after = cursor === null ? 0 : parseCursor(cursor);
    const facts: KpiFact[] = [];
    let last = after;
    for (let i = firstAfter(table.log, after); i < table.log.length; i++) {
      const { sequence, factId } = table.log[i];
      const stored = table.facts.get(factId);
      if (stored?.sequence !== sequence) continue;
      if (facts.length === limit) return { facts, cursor: String(last), more: true };
      facts.push(copy(stored));
      last = sequence;
    }
    return { facts, cursor: String(Math.max(last, this.sequence)), more: false };
  }

  async *all(version: number): AsyncIterable<KpiFact> {
    const table = this.table(version);
    const ids = [...table.facts.keys()].sort(byCodeUnits);
    for (const id of ids) {
      const stored = table.facts.get(id);
      if (stored) yield copy(stored);
    }
  }

  async count(version: number): Promise<number> {
    return this.table(version).facts.size;
  }

  async activeVersion(): Promise<number> {
    this.initialize();
    for (const [version, table] of this.tables) if (table.state === 'active') return version;
    throw new Error('the fact store has no active version');
  }

  async versions(): Promise<readonly FactTableVersion[]> {
    this.initialize();
    return [...this.tables.entries()]
      .sort(([a], [b]) => a - b)
      .map(([version, { state, createdAt }]) => ({ version, state, createdAt }));
  }

  async createVersion(): Promise<number> {
    this.initialize();
    const version = ++this.lastVersion;
    this.tables.set(version, newTable('building', this.now()));
    return version;
  }

  async switchTo(version: number): Promise<void> {
    const target = this.table(version);
    for (const table of this.tables.values()) if (table.state === 'active') table.state = 'retired';
    target.state = 'active';
  }

  async dropVersion(version: number): Promise<void> {
    if (this.table(version).state === 'active') throw activeVersionDropRefused(version);
    this.tables.delete(version);
  }

  async ping(): Promise<void> {
    return undefined;
  }

  async close(): Promise<void> {
    return undefined;
  }

  /** A store that never had a version starts at version 1, active. */
  private initialize(): void {
    if (this.lastVersion > 0) return;
    this.lastVersion = 1;
    this.tables.set(1, newTable('active', this.now()));
  }

  private table(version: number): VersionTable {
    this.initialize();
    const table = this.tables.get(version);
    if (!table) throw unknownFactVersion(version);
    return table;
  }
}

function newTable(state: FactTableVersion['state'], createdAt: Date): VersionTable {
  return { state, createdAt: createdAt.toISOString(), facts: new Map(), log: [] };
}

/** What a reader gets is its own: changing it changes nothing stored. */
function copy(stored: StoredFact): KpiFact {
  return structuredClone(stored.fact);
}

function parseCursor(cursor: string): number {
  const value = Number(cursor);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`not a fact store cursor: ${cursor}`);
  return value;
}

/** Index of the first log entry with a sequence above `after` (the log is sorted by sequence). */
function firstAfter(log: VersionTable['log'], after: number): number {
  let low = 0;
  let high = log.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (log[middle].sequence <= after) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** factId order as MongoDB sorts strings (by code unit, not by locale). */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
