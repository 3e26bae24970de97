/**
 * Versions this process has seen per stream. Stream versions only grow, so a remembered version
 * is a lower bound of the real one even when other processes write too. Bounded: the least
 * recently touched streams are forgotten (their bound falls back to 0, which only costs a read).
 */
export class StreamVersionCache {
  private readonly seen = new Map<string, number>();

  constructor(private readonly capacity = 50_000) {}

  lowerBound(streamId: string): number {
    return this.seen.get(streamId) ?? 0;
  }

  raise(streamId: string, version: number): void {
    const current = this.seen.get(streamId) ?? 0;
    this.seen.delete(streamId);
    this.seen.set(streamId, Math.max(current, version));
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
  }
}
