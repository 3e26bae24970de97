import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type CommitRecord,
  assertValidAppendRequest,
  createCommitRecord,
  publishedEventsOf,
  publishedVersionAfter,
  toCommit,
} from './commit-record';
import { acquireDirectoryLock } from './directory-lock';
import type { EventEnvelope } from './event-envelope';
import {
  type AppendRequest,
  type AppendResult,
  type Commit,
  type CommitKey,
  commitKey,
  type EventStore,
  type OutboxRead,
  NO_STREAM,
  type ReadStreamResult,
  WrongExpectedVersionError,
} from './event-store.port';
import { GroupCommitQueue, type PendingAppend } from './group-commit-queue';
import { JsonLinesLog } from './json-lines-log';
import { type Upcaster, createSchemaVersionOf, createUpcaster } from './upcasting';

/** Where a store reports what it repaired on open; a pino logger fits. */
export type StoreLog = Readonly<{ warn: (fields: Record<string, unknown>, message: string) => void }>;

export type FileEventStoreOptions = {
  upcasters?: readonly Upcaster[];
  now?: () => Date;
  /** Default: one JSON line on stderr. */
  log?: StoreLog;
};

const stderrLog: StoreLog = {
  warn: (fields, message) => console.warn(JSON.stringify({ level: 'warn', ...fields, msg: message })),
};

/**
 * The durable store of standalone mode: `<dir>/<context>/commits.jsonl` (one commit per line, in
 * store order) and `published.jsonl` (outbox marks), both fsync'd before a call resolves and
 * loaded into memory at open. One process owns the directory (a lock file says which). Appends
 * are serialised in this process: the version check and the write happen in one queue, and
 * appends that arrive together share one write and one fdatasync.
 */
export class FileEventStore implements EventStore {
  private readonly upcast: (event: EventEnvelope) => EventEnvelope;
  private readonly schemaVersionOf: (type: string) => number;
  private readonly now: () => Date;
  private readonly records: CommitRecord[] = [];
  private readonly streams = new Map<string, CommitRecord[]>();
  /** Insertion order is store order, which `unpublished` relies on. */
  private readonly outbox = new Map<string, CommitRecord>();
  private readonly appends: GroupCommitQueue;
  private marking: Promise<void> = Promise.resolve();
  private closed = false;

  private constructor(
    readonly context: string,
    readonly directory: string,
    private readonly commitLog: JsonLinesLog,
    private readonly publishedLog: JsonLinesLog,
    private readonly releaseLock: () => Promise<void>,
    options: FileEventStoreOptions,
  ) {
    this.upcast = createUpcaster(options.upcasters);
    this.schemaVersionOf = createSchemaVersionOf(options.upcasters);
    this.now = options.now ?? (() => new Date());
    this.appends = new GroupCommitQueue((batch) => this.writeBatch(batch));
  }

  static async open(
    dir: string,
    context: string,
    options: FileEventStoreOptions = {},
  ): Promise<FileEventStore> {
    const directory = join(dir, context);
    await mkdir(directory, { recursive: true });
    const release = await acquireDirectoryLock(directory);
    const opened: JsonLinesLog[] = [];
    try {
      const commits = await JsonLinesLog.open(join(directory, 'commits.jsonl'));
      opened.push(commits.log);
      const published = await JsonLinesLog.open(join(directory, 'published.jsonl'));
      opened.push(published.log);
      const log = options.log ?? stderrLog;
      reportTornTail(log, context, commits, (last: CommitRecord) => ({
        streamId: last.streamId,
        version: last.toVersion,
      }));
      reportTornTail(log, context, published, (last: CommitKey) => ({
        streamId: last.streamId,
        publishedFromVersion: last.fromVersion,
      }));
      const store = new FileEventStore(context, directory, commits.log, published.log, release, options);
      for (const record of commits.records) store.apply(record as CommitRecord);
      for (const mark of published.records) store.outbox.delete(commitKey(mark as CommitKey));
      return store;
    } catch (error) {
      await Promise.all(opened.map((log) => log.close()));
      await release();
      throw error;
    }
  }

  async append(request: AppendRequest): Promise<AppendResult> {
    this.assertOpen();
    assertValidAppendRequest(request);
    const record = createCommitRecord(this.context, request, this.schemaVersionOf, this.now());
    return this.appends.enqueue(request, record);
  }

  async readStream(streamId: string): Promise<ReadStreamResult> {
    this.assertOpen();
    const commits = this.streams.get(streamId) ?? [];
    return {
      version: this.versionOf(streamId),
      events: commits.flatMap((record) => record.events.map(this.upcast)),
      publishedVersion: commits.reduce((version, record) => publishedVersionAfter(record, version), 0),
    };
  }

  /** Every commit is in memory here, so `recent` and `store` reads are the same. */
  async unpublished(limit: number, read: OutboxRead = {}): Promise<Commit[]> {
    this.assertOpen();
    const excluded = new Set((read.excluding ?? []).map(commitKey));
    // One writer per directory, so insertion order is version order within every stream: the
    // first `limit` commits after the excluded ones give each stream a gapless run.
    const chosen: Commit[] = [];
    for (const [key, record] of this.outbox) {
      if (chosen.length >= limit) break;
      if (!excluded.has(key)) chosen.push(toCommit(record, this.upcast));
    }
    return chosen;
  }

  async markPublished(commits: readonly CommitKey[]): Promise<void> {
    this.assertOpen();
    const run = this.marking.then(async () => {
      const keys = new Map<string, CommitKey>();
      for (const { streamId, fromVersion } of commits) {
        const key = commitKey({ streamId, fromVersion });
        if (this.outbox.has(key)) keys.set(key, { streamId, fromVersion });
      }
      if (keys.size === 0) return;
      await this.publishedLog.append([...keys.values()]);
      for (const key of keys.keys()) this.outbox.delete(key);
    });
    this.marking = run.catch(() => undefined);
    return run;
  }

  async *readAll(): AsyncIterable<EventEnvelope> {
    this.assertOpen();
    // Commits appended while iterating are not included: the end is fixed when reading starts.
    const end = this.records.length;
    for (let index = 0; index < end; index++) {
      for (const event of this.records[index].events) yield this.upcast(event);
    }
  }

  async *readPublished(): AsyncIterable<EventEnvelope> {
    this.assertOpen();
    const end = this.records.length;
    for (let index = 0; index < end; index++) yield* publishedEventsOf(this.records[index]);
  }

  async ping(): Promise<void> {
    this.assertOpen();
    await access(this.directory);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.appends.drain();
    await this.marking;
    await this.commitLog.close();
    await this.publishedLog.close();
    await this.releaseLock();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`event store ${this.context} is closed`);
  }

  private versionOf(streamId: string): number {
    const commits = this.streams.get(streamId);
    return commits === undefined ? NO_STREAM : commits[commits.length - 1].toVersion;
  }

  private apply(record: CommitRecord): void {
    this.records.push(record);
    const stream = this.streams.get(record.streamId);
    if (stream) stream.push(record);
    else this.streams.set(record.streamId, [record]);
    this.outbox.set(commitKey(record), record);
  }

  /** Checks each request as if the batch ran one by one, then writes the admitted ones at once. */
  private async writeBatch(batch: PendingAppend[]): Promise<void> {
    const tentative = new Map<string, number>();
    const admitted: PendingAppend[] = [];
    for (const pending of batch) {
      const { streamId, expectedVersion } = pending.request;
      const actual = tentative.get(streamId) ?? this.versionOf(streamId);
      if (expectedVersion !== actual) {
        pending.reject(new WrongExpectedVersionError(streamId, expectedVersion, actual));
        continue;
      }
      tentative.set(streamId, pending.record.toVersion);
      admitted.push(pending);
    }
    if (admitted.length === 0) return;
    try {
      await this.commitLog.append(admitted.map(({ record }) => record));
    } catch (error) {
      for (const pending of admitted) pending.reject(error);
      return;
    }
    for (const { record, resolve } of admitted) {
      // Keep what a reopen would load, not the caller's objects (which the caller may still mutate).
      this.apply(JSON.parse(JSON.stringify(record)) as CommitRecord);
      resolve({
        nextExpectedVersion: record.toVersion,
        events: record.events.map(this.upcast),
        published: publishedEventsOf(record),
      });
    }
  }
}

/**
 * A torn tail is a write that never completed, so never acknowledged: dropping it loses nothing
 * anyone was told was stored. It is still logged every time, with what was dropped and what the
 * log now ends with, since a tail lost to a broken disk would look the same.
 */
function reportTornTail<T>(
  log: StoreLog,
  context: string,
  opened: { log: JsonLinesLog; records: unknown[]; truncatedBytes: number },
  describe: (last: T) => Record<string, unknown>,
): void {
  if (opened.truncatedBytes === 0) return;
  const last = opened.records.at(-1) as T | undefined;
  log.warn(
    {
      context,
      path: opened.log.path,
      droppedBytes: opened.truncatedBytes,
      lastKept: last === undefined ? null : describe(last),
    },
    'event log: truncated an incomplete last line (a write that never finished)',
  );
}
