import { performance } from 'node:perf_hooks';
import type { FactSnapshot, FactSource } from './fact-source.port';
import type { FactStore } from './fact-store.port';
import { GrowingSnapshot } from './growing-snapshot';

export type FactCacheOptions = {
  /** How often the background refresh runs, and how old a snapshot may be on demand (default 250 ms). */
  refreshMs?: number;
  /** Facts per `changesSince` page (default 1000). */
  pageSize?: number;
  /** A background refresh or version load failed (the old snapshot keeps serving). */
  onError?: (error: unknown) => void;
};

/** Facts of one version and where its reading stands. */
type Followed = { facts: GrowingSnapshot; cursor: string | null };

/**
 * FactSource over a FactStore: the active version's facts in memory, following the store's
 * changes, so a dashboard query touches no database. A refresh reads `changesSince` from the last
 * cursor, in the background every `refreshMs` (`start`) and on demand when a snapshot is asked
 * for and the last refresh is older than that. When the active version changes, the new one is
 * loaded completely in the background and only then swapped in; until then queries are answered
 * from the old version's snapshot.
 */
export class FactCache implements FactSource {
  private readonly refreshMs: number;
  private readonly pageSize: number;
  private readonly onError: (error: unknown) => void;
  private current: Followed | undefined;
  private loading: { version: number; done: Promise<void> } | undefined;
  private refreshing: Promise<void> | undefined;
  private lastRefresh = -Infinity;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: FactStore,
    options: FactCacheOptions = {},
  ) {
    this.refreshMs = options.refreshMs ?? 250;
    this.pageSize = options.pageSize ?? 1000;
    this.onError = options.onError ?? (() => undefined);
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.refresh().catch(this.onError), this.refreshMs);
    this.timer.unref();
  }

  /** Stops the background refresh and waits for one in flight. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await Promise.allSettled([this.refreshing, this.loading?.done]);
  }

  async snapshot(): Promise<FactSnapshot> {
    if (!this.current) await this.refresh();
    else if (performance.now() - this.lastRefresh >= this.refreshMs) {
      // A store that does not answer leaves the figures as they were, rather than failing them.
      await this.refresh().catch(this.onError);
    }
    return (this.current as Followed).facts.snapshot();
  }

  /** Reads what changed since the last refresh (one at a time: callers share a refresh in flight). */
  refresh(): Promise<void> {
    this.refreshing ??= this.follow().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async follow(): Promise<void> {
    const started = performance.now();
    const active = await this.store.activeVersion();
    if (!this.current) this.current = await this.load(active);
    else if (this.current.facts.version !== active) this.loadInBackground(active);
    else await this.readChanges(this.current);
    this.lastRefresh = started;
  }

  private loadInBackground(version: number): void {
    if (this.loading) return;
    const done = this.load(version)
      .then((loaded) => {
        this.current = loaded;
      })
      .catch(this.onError)
      .finally(() => (this.loading = undefined));
    this.loading = { version, done };
  }

  private async load(version: number): Promise<Followed> {
    const followed: Followed = { facts: new GrowingSnapshot(version), cursor: null };
    await this.readChanges(followed);
    return followed;
  }

  private async readChanges(followed: Followed): Promise<void> {
    for (;;) {
      const changes = await this.store.changesSince(followed.facts.version, followed.cursor, this.pageSize);
      followed.facts.apply(changes.facts);
      followed.cursor = changes.cursor;
      if (!changes.more) return;
    }
  }
}
