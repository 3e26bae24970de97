import type { EventEnvelope, EventStore } from '@sales/shared/event-sourcing';
import {
  type QuarterlyReview,
  type QuarterlyReviewEvent,
  type QuarterlyReviewStep,
  type RecordedQuarterlyReview,
  quarterlyReviewDecider,
  reviewStep,
} from '@sales/targets/domain';

/** A review folded up to `version`, with the steps so far: who took each and when (the envelopes'). */
type Held = Readonly<{ version: number; review: QuarterlyReview; steps: readonly QuarterlyReviewStep[] }>;

/** The store reads the index needs: one pass to rebuild, and one stream to catch up. */
export type QuarterlyReviewSource = Pick<EventStore, 'readAll' | 'readStream'>;

const isReviewEvent = (event: EventEnvelope) => event.type.startsWith('QuarterlyReview');

/**
 * 复盘列表's read model: every review stream this process knows, with the version it is folded up
 * to. Idempotent by position: an event is applied only when its version is the next one of its
 * stream, so a redelivered event, one already folded, or one arriving ahead of a gap changes
 * nothing (the gap is filled by reading the stream).
 *
 * Limitation: streams are discovered by the rebuild at start and by this process's own commands
 * (`catchUp`). A review created by ANOTHER process after this one started is not listed here
 * until this process touches that stream or restarts; streams already held are refreshed on every
 * list, so later changes to them by other processes do show.
 */
export class QuarterlyReviewIndex {
  private readonly held = new Map<string, Held>();

  constructor(private readonly source: QuarterlyReviewSource) {}

  /** One pass over the store (at start). Safe to run beside commands: what they applied is skipped. */
  async rebuild(): Promise<void> {
    for await (const event of this.source.readAll()) if (isReviewEvent(event)) this.apply([event]);
  }

  /**
   * Folds the events that follow what is held, in order; stops at the first gap. Returns whether
   * the stream is now at least as far as the last event given.
   */
  apply(events: readonly EventEnvelope[]): boolean {
    let caughtUp = true;
    for (const event of events) {
      const current: Held = this.held.get(event.streamId) ?? {
        version: 0,
        review: quarterlyReviewDecider.initialState(),
        steps: [],
      };
      if (event.version <= current.version) continue;
      if (event.version !== current.version + 1) {
        caughtUp = false;
        break;
      }
      const folded = reviewEvent(event);
      this.held.set(event.streamId, {
        version: event.version,
        review: quarterlyReviewDecider.evolve(current.review, folded),
        steps: [...current.steps, reviewStep(folded, { by: event.actor.userId, at: event.time })],
      });
    }
    return caughtUp;
  }

  /** Applies a command's events; when they do not follow what is held, reads their stream. */
  async record(streamId: string, events: readonly EventEnvelope[]): Promise<void> {
    if (!this.apply(events)) await this.catchUp(streamId);
  }

  /** Brings one stream up to what the store holds now (cheap: the store caches streams). */
  async catchUp(streamId: string): Promise<void> {
    const { events } = await this.source.readStream(streamId);
    this.apply(events);
  }

  /**
   * The reviews held, after catching up those `relevant` picks among them (so writes to them by
   * another replica show without reading every stream for every list).
   */
  async reviews(
    relevant: (held: readonly RecordedQuarterlyReview[]) => readonly RecordedQuarterlyReview[] = (all) => all,
  ): Promise<RecordedQuarterlyReview[]> {
    const held = this.existing();
    const wanted = new Set(relevant(held.map(({ review }) => review)));
    const stale = held.filter(({ review }) => wanted.has(review));
    await Promise.all(stale.map(({ streamId }) => this.catchUp(streamId)));
    return this.existing().map(({ review }) => review);
  }

  private existing(): { streamId: string; review: RecordedQuarterlyReview }[] {
    return [...this.held].flatMap(([streamId, { review, steps }]) =>
      review.status === 'none' ? [] : [{ streamId, review: { ...review, steps } }],
    );
  }
}

/** A review stream's event as the decider folds it (the store hands back upcast envelopes). */
function reviewEvent({ type, data }: EventEnvelope): QuarterlyReviewEvent {
  return { type, data } as QuarterlyReviewEvent;
}
