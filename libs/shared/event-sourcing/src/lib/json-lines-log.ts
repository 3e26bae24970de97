import { type FileHandle, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A line in the middle of a log does not parse: not a torn write, so refuse to guess. */
export class CorruptLogError extends Error {
  readonly code = 'corrupt-event-log';
  constructor(
    readonly path: string,
    readonly line: number,
  ) {
    super(`${path}: line ${line} is not valid JSON`);
    this.name = 'CorruptLogError';
  }
}

/**
 * An append-only file of JSON lines. `append` resolves only after the bytes are on disk
 * (fdatasync). A crash can leave the last line incomplete — it was never acknowledged — so
 * opening drops an unterminated tail and truncates the file to its last complete line.
 */
export class JsonLinesLog {
  private broken?: Error;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    private size: number,
  ) {}

  static async open(
    path: string,
  ): Promise<{ log: JsonLinesLog; records: unknown[]; truncatedBytes: number }> {
    const content = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    const bytes = content ?? Buffer.alloc(0);
    const end = bytes.lastIndexOf(0x0a) + 1;
    const records: unknown[] = [];
    const lines = bytes.subarray(0, end).toString('utf8').split('\n');
    lines.pop();
    lines.forEach((line, index) => {
      try {
        records.push(JSON.parse(line));
      } catch {
        throw new CorruptLogError(path, index + 1);
      }
    });
    // 'a': every write lands at the end of the file (O_APPEND), whatever was there before.
    const handle = await open(path, 'a');
    try {
      if (content === undefined) await syncDirectory(dirname(path));
      if (end < bytes.length) {
        await handle.truncate(end);
        await handle.datasync();
      }
    } catch (error) {
      await handle.close();
      throw error;
    }
    return { log: new JsonLinesLog(path, handle, end), records, truncatedBytes: bytes.length - end };
  }

  /** Writes all records with one write and one fdatasync; all or none of them count. */
  async append(records: readonly unknown[]): Promise<void> {
    if (this.broken) throw this.broken;
    const chunk = Buffer.from(records.map((record) => `${JSON.stringify(record)}\n`).join(''), 'utf8');
    try {
      await writeFully(this.handle, chunk);
      await this.handle.datasync();
      this.size += chunk.length;
    } catch (error) {
      // Cut off whatever part did reach the file, or the next line would be glued to it.
      try {
        await this.handle.truncate(this.size);
      } catch {
        this.broken = new Error(`${this.path}: unusable after a failed write; reopen to recover`, {
          cause: error,
        });
      }
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

async function writeFully(handle: FileHandle, chunk: Buffer): Promise<void> {
  for (let offset = 0; offset < chunk.length; ) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}

/** A new file's directory entry must be durable too, or the whole file can vanish in a crash. */
async function syncDirectory(path: string): Promise<void> {
  const directory = await open(path, 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}
