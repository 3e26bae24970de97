import type { EventEnvelope } from '@sales/shared/event-sourcing';

/**
 * A fold of a replicated stream as of a business date (the org tree as of D), computed once per
 * copy version and date rather than on every request: requests resolve their actor and every
 * command reads the tree, mostly for today, sometimes for a visit's or a payment's own date.
 * Keeps the folds of the last `keep` dates asked for; a new event in the copy drops them all.
 */
export class DatedReplicaFold<T> {
  private version = '';
  private readonly byDate = new Map<string, T>();

  constructor(
    private readonly read: () => Promise<readonly EventEnvelope[]>,
    private readonly fold: (events: readonly EventEnvelope[], date: string) => T,
    private readonly keep = 8,
  ) {}

  async asOf(date: string): Promise<T> {
    const events = await this.read();
    const version = `${events.length}\u0000${events.at(-1)?.id ?? ''}`;
    if (version !== this.version) {
      this.version = version;
      this.byDate.clear();
    }
    let folded = this.byDate.get(date);
    if (folded === undefined) {
      folded = this.fold(events, date);
      this.byDate.set(date, folded);
      if (this.byDate.size > this.keep) this.byDate.delete(this.byDate.keys().next().value as string);
    }
    return folded;
  }
}
