import type { KpiFact } from '@sales/kpi/projections';

/**
 * The KPI read model's storage: numbered versions of one table of facts (see
 * libs/kpi/projections/src/facts/kpi-fact.ts), each fact stored under its `factId`.
 *
 * Why idempotent by fact id rather than "offset stored with the change": a fact is a pure function
 * of one published event (no running totals, no state carried between events), every figure is
 * computed from the facts at query time, so writing a redelivered event's facts again leaves the
 * table exactly as it was. A crash between the write and the offset commit costs a re-write, never
 * a double count, and a clean rebuild gives the same documents field by field.
 *
 * A rebuild writes into a new version while the active one keeps serving, then switches.
 * Adapters: MongoFactStore (distributed, the projector's own database) and MemoryFactStore
 * (standalone); both pass `fact-store.contract-spec.ts`.
 */
export interface FactStore {
  /** Stores each fact under its factId in `version`; an equal fact stored again changes nothing. */
  upsert(version: number, facts: readonly KpiFact[]): Promise<void>;
  /**
   * Facts of `version` stored since `cursor` (null: from the start), at most `limit` of them.
   * Every fact stored before a call that answered cursor C is in that answer or an earlier one;
   * a fact may be answered again (readers merge by factId). `more` says another page is waiting.
   */
  changesSince(version: number, cursor: string | null, limit?: number): Promise<FactChanges>;
  /** Every fact of `version`, in factId order (rebuild comparisons, the crash test). */
  all(version: number): AsyncIterable<KpiFact>;
  count(version: number): Promise<number>;
  /** The version the API serves; a store that never had one starts at version 1, active. */
  activeVersion(): Promise<number>;
  versions(): Promise<readonly FactTableVersion[]>;
  /** Opens a new, empty version to rebuild into (state `building`) and returns its number. */
  createVersion(): Promise<number>;
  /** Makes `version` the active one; the previous active version becomes `retired`. */
  switchTo(version: number): Promise<void>;
  /** Deletes a version that is not active. */
  dropVersion(version: number): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type FactChanges = Readonly<{ facts: readonly KpiFact[]; cursor: string; more: boolean }>;

export type FactTableVersion = Readonly<{
  version: number;
  state: 'active' | 'building' | 'retired';
  /** ISO-8601 instant. */
  createdAt: string;
}>;

export const KPI_FACT_STORE = Symbol('KPI_FACT_STORE');
