import type { mongo } from 'mongoose';
import { type CommitRecord, toCommit } from './commit-record';
import type { EventEnvelope } from './event-envelope';
import { type Commit, type CommitKey, type OutboxRead, commitKey } from './event-store.port';
import { StreamVersionCache } from './stream-version-cache';

/** A commit as MongoEventStore stores it: the record, its _id and the outbox flag. */
export type CommitDocument = CommitRecord & { _id?: mongo.ObjectId; published: boolean };

/**
 * The outbox half of MongoEventStore: the commits collection read for unpublished commits (or,
 * for the relay's fast path, the commits this instance appended, kept in memory until marked),
 * each stream's share made a gapless run in version order, and marks written as one bulk of
 * updates by the unique (streamId, fromVersion) key.
 */
export class MongoOutbox {
  /** Per stream, the version up to which this process marked commits published. */
  private readonly publishedTo = new StreamVersionCache();
  /** Commits this instance appended and has not marked, in append order. */
  private readonly recent = new Map<string, CommitDocument>();
  /** toVersion of the commits handed out, so marking them can raise `publishedTo`. */
  private readonly handedOut = new Map<string, number>();

  constructor(
    private readonly collection: () => Promise<mongo.Collection<CommitDocument>>,
    private readonly upcast: (event: EventEnvelope) => EventEnvelope,
    private readonly recentCapacity = 50_000,
  ) {}

  /** A commit this instance just wrote; beyond capacity it is left to the next `store` read. */
  appended(doc: CommitDocument): void {
    if (this.recent.size < this.recentCapacity) this.recent.set(commitKey(doc), doc);
  }

  /**
   * At most `limit` unpublished commits (more only to bring along their streams' earlier ones),
   * and for every stream only a gapless run from its oldest unpublished commit, in version order:
   * a commit is never handed out while an earlier one of its stream waits outside the batch. The
   * query is the outbox index's order on MongoDB and insertion order on mongo-java-server; since
   * ObjectIds of different writer processes are ordered only to the second, the runs are checked
   * and completed through the (streamId, toVersion) and (streamId, fromVersion) links.
   */
  async unpublished(limit: number, read: OutboxRead = {}): Promise<Commit[]> {
    if (limit <= 0) return [];
    const collection = await this.collection();
    const excluded = new Set<string>();
    const heldTo = new Map<string, number>();
    for (const range of read.excluding ?? []) {
      excluded.add(commitKey(range));
      heldTo.set(range.streamId, Math.max(heldTo.get(range.streamId) ?? 0, range.toVersion));
    }
    const found = (
      read.from === 'recent'
        ? [...take(this.recent.values(), limit + excluded.size)]
        : await collection
            .find({ published: false })
            .limit(limit + excluded.size)
            .toArray()
    )
      .filter((doc) => !excluded.has(commitKey(doc)))
      .slice(0, limit);
    if (found.length === 0) return [];
    const byStream = new Map<string, CommitDocument[]>();
    for (const doc of found) {
      const run = byStream.get(doc.streamId);
      if (run) run.push(doc);
      else byStream.set(doc.streamId, [doc]);
    }
    const runs = await Promise.all(
      [...byStream].map(([streamId, docs]) =>
        this.completeRun(collection, streamId, docs, excluded, heldTo.get(streamId) ?? 0),
      ),
    );
    const commits = runs.flat();
    for (const doc of commits) this.handedOut.set(commitKey(doc), doc.toVersion);
    return commits.map((doc) => toCommit(doc, this.upcast));
  }

  async markPublished(commits: readonly CommitKey[]): Promise<void> {
    if (commits.length === 0) return;
    const collection = await this.collection();
    // One round trip per batch; each update is an exact match on the unique (streamId,
    // fromVersion) index, the only kind of filter every supported server answers from an index.
    await collection.bulkWrite(
      commits.map(({ streamId, fromVersion }) => ({
        updateOne: { filter: { streamId, fromVersion }, update: { $set: { published: true } } },
      })),
      { ordered: false },
    );
    for (const commit of commits) {
      const key = commitKey(commit);
      // A commit holds at least one event, so fromVersion + 1 is a safe bound when its end is unknown.
      this.publishedTo.raise(commit.streamId, this.handedOut.get(key) ?? commit.fromVersion + 1);
      this.handedOut.delete(key);
      this.recent.delete(key);
    }
  }

  /**
   * Orders one stream's unpublished commits of an outbox read and makes them a gapless run from the
   * stream's oldest unpublished commit: earlier unpublished commits missing from the read are
   * fetched backwards by (streamId, toVersion), gaps inside forwards by (streamId, fromVersion).
   */
  private async completeRun(
    collection: mongo.Collection<CommitDocument>,
    streamId: string,
    found: CommitDocument[],
    excluded: ReadonlySet<string>,
    heldTo: number,
  ): Promise<CommitDocument[]> {
    found.sort((a, b) => a.fromVersion - b.fromVersion);
    const run: CommitDocument[] = [];
    let first = found[0].fromVersion;
    // Versions up to `first` are accounted for when published (as far as this instance knows) or
    // held by the caller; otherwise the commit ending at `first` is looked up.
    while (first > 0 && Math.max(this.publishedTo.lowerBound(streamId), heldTo) < first) {
      const previous = await collection.findOne({ streamId, toVersion: first });
      if (!previous || previous.published || excluded.has(commitKey(previous))) break;
      run.unshift(previous);
      first = previous.fromVersion;
    }
    for (const doc of found) {
      let reached = run.at(-1)?.toVersion ?? doc.fromVersion;
      while (reached < doc.fromVersion) {
        const between = await collection.findOne({ streamId, fromVersion: reached });
        if (!between) break;
        if (!between.published && !excluded.has(commitKey(between))) run.push(between);
        reached = between.toVersion;
      }
      run.push(doc);
    }
    return run;
  }
}

function* take<T>(values: Iterable<T>, count: number): Iterable<T> {
  if (count <= 0) return;
  let taken = 0;
  for (const value of values) {
    yield value;
    if (++taken >= count) return;
  }
}
