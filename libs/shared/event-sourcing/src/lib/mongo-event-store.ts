import { type Connection, mongo } from 'mongoose';
import {
  assertValidAppendRequest,
  createCommitRecord,
  publishedEventsOf,
  publishedVersionAfter,
} from './commit-record';
import type { EventEnvelope } from './event-envelope';
import {
  type AppendRequest,
  type AppendResult,
  type Commit,
  type CommitKey,
  type EventStore,
  type OutboxRead,
  type ReadStreamResult,
  WrongExpectedVersionError,
} from './event-store.port';
import { GroupCommitQueue, type PendingAppend } from './group-commit-queue';
import { type CommitDocument, MongoOutbox } from './mongo-outbox';
import { StreamCache, type StreamCacheLimits } from './stream-cache';
import { StreamVersionCache } from './stream-version-cache';
import { type Upcaster, createSchemaVersionOf, createUpcaster } from './upcasting';

export type MongoEventStoreOptions = {
  /** Bounded context owning the streams; written into every envelope. */
  context: string;
  /** Collection name is `<collectionPrefix>commits`. */
  collectionPrefix?: string;
  upcasters?: readonly Upcaster[];
  /** Most appends coalesced into one insertMany. */
  maxBatchSize?: number;
  /** Bounds of the per-process stream cache (default 20,000 events, 8 MiB of event JSON). */
  streamCache?: StreamCacheLimits;
  /** Unmarked commits of this instance kept for `unpublished(…, { from: 'recent' })` (default 50,000). */
  recentOutboxCommits?: number;
  now?: () => Date;
};

const DUPLICATE_KEY = 11000;
/** Commits followed one indexed lookup at a time before a stream's tail is read with one query. */
const CHAIN_LOOKUPS = 4;

/**
 * Plain indexes only, so the same store runs on MongoDB 7 and on mongo-java-server 1.47, which
 * uses an index only for an exact match on every field of a unique one (and scans otherwise).
 * Every hot-path query is therefore such a match: commits are found by (streamId, fromVersion)
 * going forward and (streamId, toVersion) going back.
 */
export const COMMIT_INDEXES = [
  // The optimistic-concurrency guard; also the forward link of a stream's chain of commits.
  { key: { streamId: 1, fromVersion: 1 }, options: { name: 'stream_version', unique: true } },
  // The backward link: which commit ends at version v (the head check and the outbox's order).
  { key: { streamId: 1, toVersion: 1 }, options: { name: 'stream_to_version', unique: true } },
  // The outbox on MongoDB: unpublished commits in _id order.
  { key: { published: 1, _id: 1 }, options: { name: 'outbox' } },
] as const;

/**
 * EventStore on MongoDB through a mongoose connection the caller owns. Works on a standalone
 * MongoDB 7, a replica set and mongo-java-server 1.47: one document per commit (atomic without
 * transactions), a unique index on (streamId, fromVersion) as the optimistic-concurrency guard,
 * and the commits collection doubling as the outbox (`published`).
 *
 * Group commit: appends arriving while a write is in flight wait and are then written together in
 * one unordered insertMany, each caller getting its own outcome. A single round trip per batch is
 * what lets append throughput approach that of a raw insertMany.
 *
 * Streams read or written by this process are cached (StreamCache), so loading one again costs an
 * indexed lookup for what others appended since.
 */
export class MongoEventStore implements EventStore {
  readonly context: string;
  private readonly collectionName: string;
  private readonly upcast: (event: EventEnvelope) => EventEnvelope;
  private readonly schemaVersionOf: (type: string) => number;
  private readonly now: () => Date;
  private readonly versions = new StreamVersionCache();
  private readonly streams: StreamCache;
  private readonly outbox: MongoOutbox;
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
    this.streams = new StreamCache(options.streamCache);
    this.outbox = new MongoOutbox(() => this.commits(), this.upcast, options.recentOutboxCommits);
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
    const known = this.streams.get(streamId);
    const newer = await this.commitsFrom(streamId, known.version);
    let { version, publishedVersion } = known;
    const events = known.events;
    for (const doc of newer) {
      const upcast = doc.events.map(this.upcast);
      publishedVersion = publishedVersionAfter(doc, publishedVersion);
      this.streams.extend(streamId, version, doc.toVersion, upcast, publishedEventsOf(doc));
      events.push(...upcast);
      version = doc.toVersion;
    }
    this.versions.raise(streamId, version);
    return { version, events, publishedVersion };
  }

  unpublished(limit: number, read: OutboxRead = {}): Promise<Commit[]> {
    return this.outbox.unpublished(limit, read);
  }

  markPublished(commits: readonly CommitKey[]): Promise<void> {
    return this.outbox.markPublished(commits);
  }

  /**
   * Store order is _id order: exact for the commits of one process, but ObjectIds of different
   * writer processes agree only to the second (and their clocks). Several replicas writing the
   * same stream within one second can therefore come out of version order here; a consumer that
   * needs strict per-stream order across replicas must order by version itself.
   */
  async *readAll(): AsyncIterable<EventEnvelope> {
    for await (const doc of this.allCommits()) {
      for (const event of doc.events) yield this.upcast(event);
    }
  }

  /** Same order as `readAll`, with the same caveat across writer processes. */
  async *readPublished(): AsyncIterable<EventEnvelope> {
    for await (const doc of this.allCommits()) yield* publishedEventsOf(doc);
  }

  private async *allCommits(): AsyncIterable<CommitDocument> {
    const commits = await this.commits();
    const cursor = commits.find({}).sort({ _id: 1 }).batchSize(500);
    try {
      yield* cursor;
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
    const existing = new Set(
      (
        await collection
          .listIndexes()
          .toArray()
          .catch(() => [])
      ).map((index) => String(index['name'])),
    );
    for (const { key, options } of COMMIT_INDEXES) {
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
    // insertMany gives each document its _id; `recent` keeps them so the relay need not read them back.
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
        const events = record.events.map(this.upcast);
        const published = publishedEventsOf(record);
        this.outbox.appended(docs[index]);
        this.streams.extend(request.streamId, record.fromVersion, record.toVersion, events, published);
        pending.resolve({ nextExpectedVersion: record.toVersion, events, published });
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
   * version never goes down, so a version seen earlier is a lower bound that spares the head check
   * whenever the caller expects exactly it (the usual load → decide → append); otherwise the head
   * is found by following the stream's chain of commits from that bound.
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
          const from = this.versions.lowerBound(streamId);
          const newer = await this.commitsFrom(streamId, from, collection);
          this.versions.raise(streamId, newer.at(-1)?.toVersion ?? from);
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

  /**
   * The commits of a stream from `version` on, in order: a few exact lookups on the unique
   * (streamId, fromVersion) index — usually zero or one commit is new — then one query for a
   * longer tail.
   */
  private async commitsFrom(
    streamId: string,
    version: number,
    collection?: mongo.Collection<CommitDocument>,
  ): Promise<CommitDocument[]> {
    const commits = collection ?? (await this.commits());
    const docs: CommitDocument[] = [];
    let next = version;
    for (let lookup = 0; lookup < CHAIN_LOOKUPS; lookup++) {
      const doc = await commits.findOne({ streamId, fromVersion: next });
      if (!doc) return docs;
      docs.push(doc);
      next = doc.toVersion;
    }
    const tail = await commits
      .find({ streamId, fromVersion: { $gte: next } })
      .sort({ fromVersion: 1 })
      .toArray();
    return docs.concat(tail);
  }
}
