import { KeyedQueue } from './keyed-queue';

/** A promise the test settles by hand. */
function gate<T = void>(): { promise: Promise<T>; open: (value: T) => void; fail: (error: unknown) => void } {
  let open!: (value: T) => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

const ticks = async (n = 10): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};

describe('KeyedQueue', () => {
  it('runs tasks of one key one at a time, in the order they were queued', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    let running = 0;
    let mostAtOnce = 0;
    const task = (name: string, delayMs: number) => async () => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      log.push(`end ${name}`);
      running -= 1;
      return name;
    };

    const results = await Promise.all([
      queue.run('s', task('a', 20)),
      queue.run('s', task('b', 1)),
      queue.run('s', task('c', 5)),
    ]);

    expect(results).toEqual(['a', 'b', 'c']);
    expect(mostAtOnce).toBe(1);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('runs tasks of different keys concurrently: a stuck task on one key does not hold up another', async () => {
    const queue = new KeyedQueue();
    const stuck = gate();
    const onA = queue.run('a', () => stuck.promise.then(() => 'a'));
    await expect(queue.run('b', async () => 'b')).resolves.toBe('b');
    let aDone = false;
    void onA.then(() => (aDone = true));
    await ticks();
    expect(aDone).toBe(false);
    stuck.open();
    await expect(onA).resolves.toBe('a');
  });

  it('hands a failure to its caller and goes on with the next task (no deadlock)', async () => {
    const queue = new KeyedQueue();
    const first = queue.run('s', async () => {
      throw new Error('boom');
    });
    const thrownSynchronously = queue.run('s', () => {
      throw new Error('sync boom');
    });
    const next = queue.run('s', async () => 'after');
    await expect(first).rejects.toThrow('boom');
    await expect(thrownSynchronously).rejects.toThrow('sync boom');
    await expect(next).resolves.toBe('after');
  });

  it('forgets a key once its queue is empty, so memory stays bounded by the keys in use', async () => {
    const queue = new KeyedQueue();
    const held = gate();
    const running = queue.run('held', () => held.promise);
    await Promise.all(Array.from({ length: 1000 }, (_, i) => queue.run(`stream-${i}`, async () => i)));
    await ticks();
    expect(queue.activeKeys).toBe(1);
    held.open();
    await running;
    await ticks();
    expect(queue.activeKeys).toBe(0);
  });
});
