/**
 * Event ids a subscription has already handled, bounded (least recently seen evicted first).
 * It absorbs redelivery inside one process (a rebalance, a commit that failed after the effect);
 * across restarts the handler's own idempotency takes over.
 */
export class ProcessedEventGuard {
  private readonly seen = new Map<string, true>();

  constructor(private readonly capacity = 10_000) {}

  has(eventId: string): boolean {
    if (!this.seen.has(eventId)) return false;
    this.seen.delete(eventId);
    this.seen.set(eventId, true);
    return true;
  }

  add(eventId: string): void {
    this.seen.delete(eventId);
    this.seen.set(eventId, true);
    if (this.seen.size > this.capacity) this.seen.delete(this.seen.keys().next().value as string);
  }

  get size(): number {
    return this.seen.size;
  }
}
