/**
 * One serial queue per key: tasks with the same key run one at a time in the order they were
 * given (FIFO); tasks with different keys run concurrently. The command executor keys it by
 * stream id, so commands on one stream in one process wait for each other instead of racing to
 * the same expected version. A failed task does not stop the queue; a key with nothing queued
 * holds no memory.
 */
export class KeyedQueue {
  /** Per key, the settlement of the last task queued: the next task starts after it. */
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(ignore, ignore);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with a task running or waiting. */
  get activeKeys(): number {
    return this.tails.size;
  }
}

function ignore(): void {
  // a task's outcome belongs to its caller; the queue only waits for it to settle
}
