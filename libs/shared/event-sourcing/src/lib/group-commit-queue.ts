import type { CommitRecord } from './commit-record';
import type { AppendRequest, AppendResult } from './event-store.port';

/** An append waiting in the group-commit queue; the writer settles it. */
export type PendingAppend = {
  request: AppendRequest;
  record: CommitRecord;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
};

/**
 * Group commit, shared by the store adapters: appends arriving while a write is in flight wait and
 * are then handed to `writeBatch` together (one insertMany, one fsync), which settles each of them.
 * Batches never overlap, so a writer sees the versions its previous batch wrote.
 */
export class GroupCommitQueue {
  private queue: PendingAppend[] = [];
  private flushing?: Promise<void>;

  constructor(
    private readonly writeBatch: (batch: PendingAppend[]) => Promise<void>,
    private readonly maxBatchSize = Number.POSITIVE_INFINITY,
  ) {}

  enqueue(request: AppendRequest, record: CommitRecord): Promise<AppendResult> {
    const result = new Promise<AppendResult>((resolve, reject) =>
      this.queue.push({ request, record, resolve, reject }),
    );
    this.schedule();
    return result;
  }

  /** Resolves once every queued append has been written (close). */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private schedule(): void {
    if (this.flushing) return;
    this.flushing = (async () => {
      // Let every append issued in the current tick join the first batch.
      await new Promise<void>((resolve) => setImmediate(resolve));
      while (this.queue.length > 0) await this.writeBatch(this.queue.splice(0, this.maxBatchSize));
    })().finally(() => {
      this.flushing = undefined;
      if (this.queue.length > 0) this.schedule();
    });
  }
}
