import { type Connection, mongo } from 'mongoose';
import { type CommitRecord, assertValidAppendRequest, createCommitRecord, toCommit } from './commit-record';
import type { EventEnvelope } from './event-envelope';
import {
  type AppendRequest,
  type AppendResult,
  type Commit,
  type EventStore,
  NO_STREAM,
  type ReadStreamResult,
  WrongExpectedVersionError,
} from './event-store.port';
import { GroupCommitQueue, type PendingAppend } from './group-commit-queue';
import { StreamVersionCache } from './stream-version-cache';
import { type Upcaster, createSchemaVersionOf, createUpcaster } from './upcasting';

type CommitDocument = CommitRecord & { _id?: mongo.ObjectId; published: boolean };

export type MongoEventStoreOptions = {
  /** Bounded context owning the streams; written into every envelope. */
  context: string;
  /** Collection name is `<collectionPrefix>commits`. */
  collectionPrefix?: string;
  upcasters?: readonly Upcaster[];
  /** Most appends coalesced into one insertMany. */
  maxBatchSize?: number;
  now?: () => Date;
};

const DUPLICATE_KEY = 11000;

// Plain (non-partial, non-TTL) indexes only: FerretDB 1.24 supports nothing else.
const INDEXES = [
  // The optimistic-concurrency guard; also serves readStream and the last-commit lookup.
  { key: { streamId: 1, fromVersion: 1 }, options: { name: 'stream_version', unique: true } },
  // The outbox: oldest unpublished commits first.
  { key: { published: 1, _id: 1 }, options: { name: 'outbox' } },
] as const;

/**
 * EventStore on MongoDB through a mongoose connection the caller owns. Works on a standalone
 * MongoDB, a replica set and FerretDB 1.24: one document per commit (atomic without transactions),
 * a unique index on (streamId, fromVersion) as the optimistic-concurrency guard, and the commits
 * collection doubling as the outbox (`published`).
 *
 * Group commit: appends arriving while a write is in flight wait and are then written together in
 * one unordered insertMany, each caller getting its own outcome. A single round trip per batch is
 * what lets append throughput approach that of a raw insertMany.
 */
export class MongoEventStore implements EventStore {
  readonly context: string;
  private readonly collectionName: string;
  private readonly upcast: (event: EventEnvelope) => EventEnvelope;
  private readonly schemaVersionOf: (type: string) => number;
  private readonly now: () => Date;
  private readonly versions = new StreamVersionCache();
  /** _ids of the commits `unpublished` handed out, so marking them filters on _id alone. */
  private readonly outboxIds = new Map<string, mongo.ObjectId>();
  private ready?: Promise<mongo.Collection<CommitDocument>>;
  private readonly appends: GroupCommitQueue;
  private closed = false;

  constructor(
    private readonly connection: Connection,
    options: MongoEventStoreOptions,
  ) {
    this.context = options.context;
    this.collectionName = `${options.collectionPrefix ?? ''}commits`;
    this.upcast = createUpcaster(options.upcasters);
    this.schemaVersionOf = createSchemaVersionOf(options.upcasters);
    this.now = options.now ?? (() => new Date());
    this.appends = new GroupCommitQueue((batch) => this.writeBatch(batch), options.maxBatchSize ?? 512);
  }

  /** Waits for the connection and ensures the indexes; every other method does so lazily too. */
  async init(): Promise<void> {
    await this.commits();
  }

  async append(request: AppendRequest): Promise<AppendResult> {
    if (this.closed) throw new Error(`event store ${this.context} is closed`);
    assertValidAppendRequest(request);
    const record = createCommitRecord(this.context, request, this.schemaVersionOf, this.now());
    return this.appends.enqueue(request, record);
  }

  async readStream(streamId: string): Promise<ReadStreamResult> {
    const commits = await this.commits();
    const docs = await commits.find({ streamId }).sort({ fromVersion: 1 }).toArray();
    const version = docs.length === 0 ? NO_STREAM : docs[docs.length - 1].toVersion;
    this.versions.raise(streamId, version);
    return { version, events: docs.flatMap((doc) => doc.events.map(this.upcast)) };
  }

  async unpublished(limit: number): Promise<Commit[]> {
    if (limit <= 0) return [];
    const commits = await this.commits();
    const oldest = await commits
      .find({ published: false }, { projection: { streamId: 1 } })
      .sort({ _id: 1 })
      .limit(limit)
      .toArray();
    if (oldest.length === 0) return [];
    // ObjectIds of different writer processes are not strictly time-ordered, so the oldest-first
    // pick may skip an earlier commit of the same stream; taking whole streams keeps their order.
    const streamIds = [...new Set(oldest.map((doc) => doc.streamId))];
    const docs = await commits
      .find({ published: false, streamId: { $in: streamIds } })
      .sort({ streamId: 1, fromVersion: 1 })
      .toArray();
    for (const doc of docs) if (doc._id) this.outboxIds.set(outboxKey(doc), doc._id);
    return docs.map((doc) => toCommit(doc, this.upcast));
  }

  async markPublished(commits: readonly Pick<Commit, 'streamId' | 'fromVersion'>[]): Promise<void> {
    if (commits.length === 0) return;
    const collection = await this.commits();
    const chunk = 500;
    for (let start = 0; start < commits.length; start += chunk) {
      const slice = commits.slice(start, start + chunk);
      // An _id filter is the cheapest everywhere (FerretDB 1.24 re-scans the table per updated
      // document otherwise); commits this instance did not hand out are matched by their key.
      const ids = slice.map((c) => this.outboxIds.get(outboxKey(c))).filter((id): id is mongo.ObjectId => id !== undefined);
      const unknown = slice.filter((c) => !this.outboxIds.has(outboxKey(c))).map(({ streamId, fromVersion }) => ({ streamId, fromVersion }));
      if (ids.length > 0) await collection.updateMany({ _id: { $in: ids } }, { $set: { published: true } });
      if (unknown.length > 0) await collection.updateMany({ published: false, $or: unknown }, { $set: { published: true } });
      for (const c of slice) this.outboxIds.delete(outboxKey(c));
    }
  }

  /**
   * Store order is _id order: exact for the commits of one process, but ObjectIds of different
   * writer processes agree only to the second (and their clocks). Several replicas writing the
   * same stream within one second can therefore come out of version order here; a consumer that
   * needs strict per-stream order across replicas must order by version itself.
   */
  async *readAll(): AsyncIterable<EventEnvelope> {
    const commits = await this.commits();
    const cursor = commits.find({}).sort({ _id: 1 }).batchSize(500);
    try {
      for await (const doc of cursor) {
        for (const event of doc.events) yield this.upcast(event);
      }
    } finally {
      await cursor.close();
    }
  }

  async ping(): Promise<void> {
    await this.commits();
    await this.db().admin().command({ ping: 1 });
  }

  /** Lets queued appends finish; the connection belongs to the caller and stays open. */
  async close(): Promise<void> {
    this.closed = true;
    await this.appends.drain();
  }

  private db(): mongo.Db {
    const db = this.connection.db;
    if (!db) throw new Error('mongoose connection is not open');
    return db;
  }

  private commits(): Promise<mongo.Collection<CommitDocument>> {
    this.ready ??= this.prepare().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async prepare(): Promise<mongo.Collection<CommitDocument>> {
    await this.connection.asPromise();
    const collection = this.db().collection<CommitDocument>(this.collectionName);
    // FerretDB 1.24 drops the connection when one createIndexes command names several indexes
    // that already exist, so the missing ones are created one per command.
    const existing = new Set(
      (
        await collection
          .listIndexes()
          .toArray()
          .catch(() => [])
      ).map((index) => String(index['name'])),
    );
    for (const { key, options } of INDEXES) {
      if (!existing.has(options.name)) await collection.createIndex(key, options);
    }
    return collection;
  }

  private async writeBatch(batch: PendingAppend[]): Promise<void> {
    let admitted: PendingAppend[];
    try {
      admitted = await this.admit(batch);
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    if (admitted.length === 0) return;
    const docs: CommitDocument[] = admitted.map(({ record }) => ({ ...record, published: false }));
    const failed = new Map<number, unknown>();
    try {
      const collection = await this.commits();
      await collection.insertMany(docs, { ordered: false, ignoreUndefined: true });
    } catch (error) {
      if (!(error instanceof mongo.MongoBulkWriteError)) {
        // Outcome unknown (network, server down): every caller hears about it; a retry reloads.
        for (const pending of admitted) pending.reject(error);
        return;
      }
      const writeErrors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
      for (const writeError of writeErrors) failed.set(writeError.index, writeError);
    }
    admitted.forEach((pending, index) => {
      const { request, record } = pending;
      const writeError = failed.get(index) as mongo.WriteError | undefined;
      if (writeError === undefined) {
        this.versions.raise(request.streamId, record.toVersion);
        pending.resolve({ nextExpectedVersion: record.toVersion, events: record.events.map(this.upcast) });
      } else if (writeError.code === DUPLICATE_KEY) {
        // Someone committed from this very version: the stream is at least one past it.
        this.versions.raise(request.streamId, request.expectedVersion + 1);
        pending.reject(new WrongExpectedVersionError(request.streamId, request.expectedVersion));
      } else {
        pending.reject(
          new Error(`append to ${request.streamId} failed: ${writeError.errmsg ?? writeError.code}`),
        );
      }
    });
  }

  /**
   * Rejects requests that cannot be right before anything is written, so a commit never skips
   * versions: the unique index only catches commits from a version already taken. A stream's
   * version never goes down, so a version seen earlier is a lower bound that spares the read of
   * the last commit whenever the caller expects exactly it (the usual load → decide → append).
   * At most one request per stream goes into a batch; the others raced it and lost.
   */
  private async admit(batch: PendingAppend[]): Promise<PendingAppend[]> {
    const needsRead = new Set<string>();
    for (const { request } of batch) {
      if (request.expectedVersion > this.versions.lowerBound(request.streamId))
        needsRead.add(request.streamId);
    }
    if (needsRead.size > 0) {
      const collection = await this.commits();
      await Promise.all(
        [...needsRead].map(async (streamId) => {
          const last = await collection.findOne(
            { streamId },
            { sort: { fromVersion: -1 }, projection: { toVersion: 1 } },
          );
          this.versions.raise(streamId, last?.toVersion ?? NO_STREAM);
        }),
      );
    }
    const taken = new Set<string>();
    const admitted: PendingAppend[] = [];
    for (const pending of batch) {
      const { streamId, expectedVersion } = pending.request;
      const known = this.versions.lowerBound(streamId);
      if (expectedVersion !== known || taken.has(streamId)) {
        pending.reject(
          new WrongExpectedVersionError(streamId, expectedVersion, taken.has(streamId) ? undefined : known),
        );
        continue;
      }
      taken.add(streamId);
      admitted.push(pending);
    }
    return admitted;
  }
}

function outboxKey(commit: Pick<Commit, 'streamId' | 'fromVersion'>): string {
  return `${commit.streamId}\u0000${commit.fromVersion}`;
}
