import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Another live store (in this process or another) already writes to the directory. */
export class StoreLockedError extends Error {
  readonly code = 'event-store-locked';
  constructor(
    readonly directory: string,
    readonly holderPid: number,
  ) {
    super(`${directory} is in use by process ${holderPid}`);
    this.name = 'StoreLockedError';
  }
}

const heldHere = new Set<string>();

/**
 * Two writers appending to one log would interleave their lines and break version checks, so a
 * store directory has one owner. The lock file holds the owner's pid; a lock left by a dead process
 * (or by an earlier life of this pid, e.g. pid 1 in a restarted container) is taken over.
 */
export async function acquireDirectoryLock(directory: string): Promise<() => Promise<void>> {
  const key = resolve(directory);
  if (heldHere.has(key)) throw new StoreLockedError(key, process.pid);
  const path = join(key, 'lock');
  for (;;) {
    try {
      await writeFile(path, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new StoreLockedError(key, holder);
      }
      await unlink(path).catch(() => undefined);
    }
  }
  heldHere.add(key);
  return async () => {
    heldHere.delete(key);
    await unlink(path).catch(() => undefined);
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
