/**
 * The reading side of MongoFactStore's cursor (see mongo-fact-store.ts for the whole argument).
 *
 * Every write is a numbered batch; a batch is *settled* once the marker its writer inserts after
 * the write exists. A reader may only move past batch n when n is settled, or when n has been seen
 * missing (a later batch settled, n not) for `settleMs` — the writer of n crashed, failed, or took
 * so long that it will write n's facts again under a new number (the writer's half of the rule).
 */
export type BatchCursor = Readonly<{
  /** Every batch up to here is settled (or given up) and its facts up to `after` were answered. */
  batch: number;
  /** The last factId answered within `batch` when a page ended inside it; null: all of it. */
  after: string | null;
  /** Missing batches `from..to`, all allocated before `since` (ms since the epoch, reader's clock). */
  gap: Readonly<{ from: number; to: number; since: number }> | null;
}>;

export const START: BatchCursor = { batch: 0, after: null, gap: null };

export function encodeCursor(cursor: BatchCursor): string {
  return JSON.stringify(cursor);
}

export function decodeCursor(text: string | null): BatchCursor {
  if (text === null) return START;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`not a fact store cursor: ${text}`);
  }
  const cursor = parsed as BatchCursor;
  if (
    typeof cursor !== 'object' ||
    cursor === null ||
    !Number.isSafeInteger(cursor.batch) ||
    !(cursor.after === null || typeof cursor.after === 'string')
  )
    throw new Error(`not a fact store cursor: ${text}`);
  return { batch: cursor.batch, after: cursor.after, gap: cursor.gap ?? null };
}

export type Frontier = Readonly<{
  /** The highest batch the reader may read up to now. */
  frontier: number;
  gap: BatchCursor['gap'];
  /** Stopped at a missing batch still within its grace (nothing further is readable yet). */
  held: boolean;
}>;

/**
 * How far a reader at `from` may go, given the settled batches above it in ascending order (as
 * read just before `now`): through every settled run, and across a missing run only once it has
 * been missing for `settleMs`. Markers are never removed, so a missing run can only shrink; every
 * batch in it was allocated before the later marker that showed it was missing existed.
 */
export function advance(
  from: number,
  settled: readonly number[],
  gap: BatchCursor['gap'],
  now: number,
  settleMs: number,
): Frontier {
  let frontier = from;
  for (const next of settled) {
    if (next <= frontier) continue;
    if (next > frontier + 1) {
      const missing = { from: frontier + 1, to: next - 1 };
      const known = gap !== null && missing.from >= gap.from && missing.to <= gap.to;
      if (!known) return { frontier, gap: { ...missing, since: now }, held: true };
      if (now - gap.since < settleMs) return { frontier, gap, held: true };
    }
    frontier = next;
  }
  return { frontier, gap: gap !== null && gap.to > frontier ? gap : null, held: false };
}
