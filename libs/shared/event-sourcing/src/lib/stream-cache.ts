import type { EventEnvelope } from './event-envelope';

type CachedStream = { version: number; publishedVersion: number; events: EventEnvelope[]; bytes: number };

export type StreamCacheLimits = Readonly<{
  /** Most events held over all streams (default 20,000). */
  maxEvents?: number;
  /** Most bytes of event JSON held over all streams (default 8 MiB; the heap holds a few times that). */
  maxBytes?: number;
}>;

/**
 * The streams this process has read or written, as upcast events, so loading a stream again
 * costs one indexed lookup for commits written since ("is there a commit from my version?")
 * instead of reading it all. Safe across processes because history is never rewritten: a cached
 * prefix stays a prefix, and whatever others appended is found by following the chain of
 * (streamId, fromVersion) keys. Bounded by events and by their JSON size, so a service's memory
 * stays flat however long its streams grow; the least recently used streams are dropped first.
 */
export class StreamCache {
  private readonly streams = new Map<string, CachedStream>();
  private heldEvents = 0;
  private heldBytes = 0;
  private readonly maxEvents: number;
  private readonly maxBytes: number;

  constructor(limits: StreamCacheLimits = {}) {
    this.maxEvents = limits.maxEvents ?? 20_000;
    this.maxBytes = limits.maxBytes ?? 8 * 1024 * 1024;
  }

  /** A copy of what is cached for the stream (versions 0 and no events when nothing is). */
  get(streamId: string): { version: number; publishedVersion: number; events: EventEnvelope[] } {
    const cached = this.streams.get(streamId);
    if (!cached) return { version: 0, publishedVersion: 0, events: [] };
    this.touch(streamId, cached);
    return {
      version: cached.version,
      publishedVersion: cached.publishedVersion,
      events: cached.events.slice(),
    };
  }

  /**
   * Extends the cached stream with a commit that directly follows it (its internal events, and
   * its published ones for the stream's published version); anything else is ignored.
   */
  extend(
    streamId: string,
    fromVersion: number,
    toVersion: number,
    events: readonly EventEnvelope[],
    published: readonly EventEnvelope[] = [],
  ): void {
    const cached =
      this.streams.get(streamId) ??
      (fromVersion === 0 ? { version: 0, publishedVersion: 0, events: [], bytes: 0 } : undefined);
    if (!cached || cached.version !== fromVersion) return;
    const bytes = sizeOf(events);
    cached.events.push(...events);
    cached.version = toVersion;
    cached.publishedVersion = published.at(-1)?.version ?? cached.publishedVersion;
    cached.bytes += bytes;
    this.heldEvents += events.length;
    this.heldBytes += bytes;
    this.touch(streamId, cached);
    this.evict();
  }

  forget(streamId: string): void {
    const cached = this.streams.get(streamId);
    if (!cached) return;
    this.heldEvents -= cached.events.length;
    this.heldBytes -= cached.bytes;
    this.streams.delete(streamId);
  }

  /** What the cache holds now (metrics, tests). */
  get size(): Readonly<{ streams: number; events: number; bytes: number }> {
    return { streams: this.streams.size, events: this.heldEvents, bytes: this.heldBytes };
  }

  private touch(streamId: string, cached: CachedStream): void {
    this.streams.delete(streamId);
    this.streams.set(streamId, cached);
  }

  private evict(): void {
    for (const [streamId] of this.streams) {
      if (this.heldEvents <= this.maxEvents && this.heldBytes <= this.maxBytes) return;
      this.forget(streamId);
    }
  }
}

function sizeOf(events: readonly EventEnvelope[]): number {
  return JSON.stringify(events).length;
}
