import { readdir, rename, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type StoreLog, acquireDirectoryLock } from '@sales/shared/event-sourcing';

/**
 * Standalone once kept each context's files one directory too deep (`<dataDir>/targets/targets/…`:
 * the context was joined twice). Moves such a store up to `<dataDir>/<context>/`, so demo data
 * written by an earlier version survives the upgrade. Safe to run on every start and to resume
 * after a crash (files are moved one by one; what is already moved is not looked at again);
 * refuses while another live process owns the old directory, and when both places hold the same
 * file, rather than choose one.
 */
export async function undoubleStoreDirectory(
  dataDir: string,
  context: string,
  log?: StoreLog,
): Promise<void> {
  const upper = join(dataDir, context);
  const doubled = join(upper, context);
  if (!(await isDirectory(doubled))) return;
  const release = await acquireDirectoryLock(doubled);
  try {
    const entries = (await readdir(doubled)).filter((name) => name !== 'lock');
    const clashes = [];
    for (const name of entries) if (await exists(join(upper, name))) clashes.push(name);
    if (clashes.length > 0) {
      throw new Error(
        `${doubled} (the store's directory before the upgrade) and ${upper} both hold ${clashes.join(', ')}: ` +
          'keep one of them and move the other away',
      );
    }
    for (const name of entries) await rename(join(doubled, name), join(upper, name));
    log?.warn(
      { context, from: doubled, to: upper, files: entries },
      'event store moved up from its doubled directory (one-time upgrade)',
    );
  } finally {
    await release();
  }
  await rmdir(doubled);
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}
