import { type Connection, mongo } from 'mongoose';
import type { FactTableVersion } from './fact-store.port';
import { activeVersionDropRefused, unknownFactVersion } from './fact-version-errors';

type VersionState = FactTableVersion['state'] | 'dropped';
type VersionDocument = {
  _id: number;
  state: VersionState;
  createdAt: string;
  activatedAt: Date | null;
  /** The last batch number handed out. */
  batches: number;
};

const DUPLICATE_KEY = 11000;

export function isDuplicateKey(error: unknown): boolean {
  return error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY;
}

/**
 * The KPI fact store's versions in `kpi_fact_versions`: one document per version (state,
 * createdAt, activatedAt, the version's batch counter). Numbers come from the unique `_id`
 * (insert max + 1, retry on a duplicate), so two processes never get the same one; a dropped
 * version keeps its document (state `dropped`) so version 1 is created only in a store that never
 * had it; activation is stamped, so two racing switches leave the later one active, never none.
 */
export class MongoFactVersions {
  private ready?: Promise<mongo.Collection<VersionDocument>>;

  constructor(
    private readonly connection: Connection,
    private readonly name: string,
    private readonly now: () => Date,
  ) {}

  async active(): Promise<number> {
    const versions = await this.collection();
    const [active] = await versions
      .find({ state: 'active' })
      .sort({ activatedAt: -1, _id: -1 })
      .limit(1)
      .toArray();
    if (!active) throw new Error('the KPI fact store has no active version');
    return active._id;
  }

  async list(): Promise<readonly FactTableVersion[]> {
    const versions = await this.collection();
    const docs = await versions
      .find({ state: { $ne: 'dropped' } })
      .sort({ _id: 1 })
      .toArray();
    return docs.map((doc) => ({
      version: doc._id,
      state: doc.state as FactTableVersion['state'],
      createdAt: doc.createdAt,
    }));
  }

  async create(): Promise<number> {
    const versions = await this.collection();
    for (;;) {
      const [last] = await versions.find({}).sort({ _id: -1 }).limit(1).toArray();
      const version = (last?._id ?? 0) + 1;
      try {
        await versions.insertOne(this.newVersion(version, 'building'));
        return version;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    }
  }

  async switchTo(version: number): Promise<void> {
    const versions = await this.collection();
    const activatedAt = this.now();
    const { matchedCount } = await versions.updateOne(
      { _id: version, state: { $ne: 'dropped' } },
      { $set: { state: 'active', activatedAt } },
    );
    if (matchedCount === 0) throw unknownFactVersion(version);
    await versions.updateMany(
      { _id: { $ne: version }, state: 'active', activatedAt: { $lt: activatedAt } },
      { $set: { state: 'retired' } },
    );
  }

  /** Marks a building or retired version dropped (its collections are the caller's to drop). */
  async markDropped(version: number): Promise<void> {
    const versions = await this.collection();
    const doc = await versions.findOne({ _id: version });
    if (!doc || doc.state === 'dropped') throw unknownFactVersion(version);
    const { matchedCount } = await versions.updateOne(
      { _id: version, state: { $in: ['building', 'retired'] } },
      { $set: { state: 'dropped' } },
    );
    if (matchedCount === 0) throw activeVersionDropRefused(version);
  }

  /** The version's next batch number (one findOneAndUpdate $inc). */
  async nextBatch(version: number): Promise<number> {
    const versions = await this.collection();
    const doc = await versions.findOneAndUpdate(
      { _id: version, state: { $ne: 'dropped' } },
      { $inc: { batches: 1 } },
      { returnDocument: 'after', projection: { batches: 1 } },
    );
    if (!doc) throw unknownFactVersion(version);
    return doc.batches;
  }

  async require(version: number): Promise<void> {
    const doc = await (await this.collection()).findOne({ _id: version }, { projection: { state: 1 } });
    if (!doc || doc.state === 'dropped') throw unknownFactVersion(version);
  }

  collection(): Promise<mongo.Collection<VersionDocument>> {
    this.ready ??= this.prepare().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private newVersion(version: number, state: VersionState): VersionDocument {
    const now = this.now();
    return {
      _id: version,
      state,
      createdAt: now.toISOString(),
      activatedAt: state === 'active' ? now : null,
      batches: 0,
    };
  }

  /** A store that never had a version gets version 1, active (racing processes: one insert wins). */
  private async prepare(): Promise<mongo.Collection<VersionDocument>> {
    await this.connection.asPromise();
    const db = this.connection.db;
    if (!db) throw new Error('mongoose connection is not open');
    const versions = db.collection<VersionDocument>(this.name);
    const { _id, ...first } = this.newVersion(1, 'active');
    await versions.updateOne({ _id }, { $setOnInsert: first }, { upsert: true }).catch((error: unknown) => {
      if (!isDuplicateKey(error)) throw error;
    });
    return versions;
  }
}
