import { performance } from 'node:perf_hooks';
import type { KpiFact } from '@sales/kpi/projections';
import { type Connection, mongo } from 'mongoose';
import { advance, decodeCursor, encodeCursor } from './batch-cursor';
import { factHash } from './fact-hash';
import type { FactChanges, FactStore, FactTableVersion } from './fact-store.port';
import { MongoFactVersions } from './mongo-fact-versions';

export type MongoFactStoreOptions = {
  /** Prepended to every collection name (specs). */
  collectionPrefix?: string;
  /**
   * How long a reader waits on a missing batch before going past it, and twice the longest a
   * write may take before its writer numbers it again (default 10 s).
   */
  settleMs?: number;
  now?: () => Date;
};

type FactDocument = KpiFact & { _id: string; _batch: number; _hash: string };
type BatchMarker = { _id: number; settledAt: Date };
type StoredForm = { fact: KpiFact; hash: string };

const DEFAULT_LIMIT = 1000;
const MARKERS_PER_READ = 1000;
const RENUMBER_ATTEMPTS = 5;

/**
 * FactStore on MongoDB through a mongoose connection the caller owns; runs on MongoDB 7 and on
 * mongo-java-server 1.47 (no transactions, no change streams). Collections: `kpi_fact_versions`
 * (one document per version: state, createdAt, the batch counter), `kpi_facts_v<N>` (`_id` =
 * factId, the fact's fields, `_batch` and `_hash`) and `kpi_fact_batches_v<N>` (one marker per
 * settled batch).
 *
 * Writing: `upsert` reads the stored content hashes of its facts (`_id` $in) and keeps only the
 * facts that are new or changed — an equal fact stored again changes nothing, not even its batch
 * number, so redelivery neither rewrites documents nor makes readers read them again, and a fact
 * already answered does not move into a batch still being written. Then it takes the next batch
 * number of its version (one findOneAndUpdate $inc), writes the facts in one unordered bulkWrite
 * of replaceOne-upserts by `_id`, and inserts the batch's marker: three round trips, one when
 * nothing changed. (Two writers racing with equal content may both write it; the later one only
 * renumbers it, which readers take as a repeat.)
 *
 * Reading (`changesSince`, cursor = batch-cursor.ts): facts of settled batches only, in (batch,
 * factId) order, paged. Why no fact is missed, although batches are numbered before they are
 * written and so settle out of order:
 * - A reader moves past batch n only once n's marker exists — all of n's writes are then done —
 *   or once n has been missing for `settleMs` since the reader first saw a later marker.
 * - That later marker's batch was numbered after n, so n was numbered before the reader first
 *   saw the gap. A writer whose write (numbering to completion, on its own monotonic clock) took
 *   `settleMs / 2` or more does not settle: it moves the batch's documents to a fresh number
 *   (updateMany on `_batch`, itself checked the same way) and settles that. So whatever of n a
 *   reader skipped either was written before it read, or now carries a number it has not passed.
 * - A writer that crashed or failed mid-batch leaves a gap the reader crosses after `settleMs`;
 *   the documents it did write are read then (the caller's retry, equal content, leaves them be).
 * Only durations are compared (the reader's and the writer's own), never clocks across
 * processes. The cost: a crashed writer holds readers back for `settleMs` once. Assumed: the
 * server applies a write within `settleMs / 2` of the client giving up on it, or never.
 *
 * Versions: MongoFactVersions (mongo-fact-versions.ts).
 */
export class MongoFactStore implements FactStore {
  private readonly prefix: string;
  private readonly settleMs: number;
  private readonly now: () => Date;
  private readonly registry: MongoFactVersions;
  private readonly indexed = new Map<number, Promise<void>>();

  constructor(
    private readonly connection: Connection,
    options: MongoFactStoreOptions = {},
  ) {
    this.prefix = options.collectionPrefix ?? '';
    this.settleMs = options.settleMs ?? 10_000;
    this.now = options.now ?? (() => new Date());
    this.registry = new MongoFactVersions(connection, `${this.prefix}kpi_fact_versions`, this.now);
  }

  async upsert(version: number, facts: readonly KpiFact[]): Promise<void> {
    if (facts.length === 0) return;
    await this.prepareVersion(version);
    const changed = await this.changedOnly(version, facts);
    if (changed.length === 0) return;
    let started = performance.now();
    let batch = await this.registry.nextBatch(version);
    await this.write(version, batch, changed);
    const settled = [batch];
    for (let attempt = 0; performance.now() - started >= this.settleMs / 2; attempt++) {
      if (attempt === RENUMBER_ATTEMPTS)
        throw new Error(`KPI fact writes to v${version} take over ${this.settleMs / 2} ms`);
      started = performance.now();
      const renumbered = await this.registry.nextBatch(version);
      await this.facts(version).updateMany({ _batch: batch }, { $set: { _batch: renumbered } });
      batch = renumbered;
      settled.push(batch);
    }
    // A number given up is settled too (its documents carry the new one): no reader waits on it.
    const settledAt = this.now();
    await this.markers(version).insertMany(
      settled.map((_id) => ({ _id, settledAt })),
      { ordered: false },
    );
  }

  async changesSince(version: number, cursor: string | null, limit = DEFAULT_LIMIT): Promise<FactChanges> {
    await this.registry.require(version);
    const position = decodeCursor(cursor);
    const settled = await this.markers(version)
      .find({ _id: { $gt: position.batch } }, { projection: { _id: 1 } })
      .sort({ _id: 1 })
      .limit(MARKERS_PER_READ)
      .toArray();
    const { frontier, gap, held } = advance(
      position.batch,
      settled.map((marker) => marker._id),
      position.gap,
      Date.now(),
      this.settleMs,
    );
    const moreMarkers = !held && settled.length === MARKERS_PER_READ;
    const newer = { _batch: { $gt: position.batch, $lte: frontier } };
    const filter =
      position.after === null
        ? newer
        : { $or: [{ _batch: position.batch, _id: { $gt: position.after } }, newer] };
    const docs =
      position.after === null && frontier === position.batch
        ? []
        : await this.facts(version)
            .find(filter)
            .sort({ _batch: 1, _id: 1 })
            .limit(limit + 1)
            .toArray();
    if (docs.length > limit) {
      const page = docs.slice(0, limit);
      const last = page[page.length - 1];
      return {
        facts: page.map(factOf),
        cursor: encodeCursor({ batch: last._batch, after: last._id, gap }),
        more: true,
      };
    }
    return {
      facts: docs.map(factOf),
      cursor: encodeCursor({ batch: frontier, after: null, gap }),
      more: moreMarkers,
    };
  }

  async *all(version: number): AsyncIterable<KpiFact> {
    await this.registry.require(version);
    const cursor = this.facts(version).find({}).sort({ _id: 1 }).batchSize(1000);
    try {
      for await (const doc of cursor) yield factOf(doc);
    } finally {
      await cursor.close();
    }
  }

  async count(version: number): Promise<number> {
    await this.registry.require(version);
    return this.facts(version).countDocuments({});
  }

  activeVersion(): Promise<number> {
    return this.registry.active();
  }

  versions(): Promise<readonly FactTableVersion[]> {
    return this.registry.list();
  }

  createVersion(): Promise<number> {
    return this.registry.create();
  }

  switchTo(version: number): Promise<void> {
    return this.registry.switchTo(version);
  }

  async dropVersion(version: number): Promise<void> {
    await this.registry.markDropped(version);
    for (const name of [this.factsName(version), this.markersName(version)])
      await this.db()
        .dropCollection(name)
        .catch(() => undefined);
    this.indexed.delete(version);
  }

  async ping(): Promise<void> {
    await this.registry.collection();
    await this.db().admin().command({ ping: 1 });
  }

  /** The connection belongs to the caller and stays open. */
  async close(): Promise<void> {
    return undefined;
  }

  /** The facts (last of each factId) whose stored content differs or that are not stored yet. */
  private async changedOnly(version: number, facts: readonly KpiFact[]): Promise<StoredForm[]> {
    const latest = new Map(facts.map((fact) => [fact.factId, fact]));
    const stored = await this.facts(version)
      .find({ _id: { $in: [...latest.keys()] } }, { projection: { _hash: 1 } })
      .toArray();
    const hashes = new Map(stored.map((doc) => [doc._id, doc._hash]));
    return [...latest.values()]
      .map((fact) => ({ fact, hash: factHash(fact) }))
      .filter(({ fact, hash }) => hashes.get(fact.factId) !== hash);
  }

  /** One unordered bulkWrite; every filter an exact `_id` match, the only lookup the test server indexes. */
  private async write(version: number, batch: number, facts: readonly StoredForm[]): Promise<void> {
    await this.facts(version).bulkWrite(
      facts.map(({ fact, hash }) => ({
        replaceOne: {
          filter: { _id: fact.factId },
          replacement: { ...fact, _id: fact.factId, _batch: batch, _hash: hash } as FactDocument,
          upsert: true,
        },
      })),
      { ordered: false, ignoreUndefined: true },
    );
  }

  private prepareVersion(version: number): Promise<void> {
    let ready = this.indexed.get(version);
    if (!ready) {
      ready = this.facts(version)
        .createIndex({ _batch: 1, _id: 1 }, { name: 'batch' })
        .then(() => undefined)
        .catch((error: unknown) => {
          this.indexed.delete(version);
          throw error;
        });
      this.indexed.set(version, ready);
    }
    return ready;
  }

  private db(): mongo.Db {
    const db = this.connection.db;
    if (!db) throw new Error('mongoose connection is not open');
    return db;
  }

  private facts(version: number): mongo.Collection<FactDocument> {
    return this.db().collection<FactDocument>(this.factsName(version));
  }

  private markers(version: number): mongo.Collection<BatchMarker> {
    return this.db().collection<BatchMarker>(this.markersName(version));
  }

  private factsName(version: number): string {
    return `${this.prefix}kpi_facts_v${version}`;
  }

  private markersName(version: number): string {
    return `${this.prefix}kpi_fact_batches_v${version}`;
  }
}

/** The fact as it was written: the store's own fields left out. */
function factOf(doc: FactDocument): KpiFact {
  const { _id, _batch, _hash, ...fact } = doc;
  return fact as unknown as KpiFact;
}
