import {
  CUSTOMER_GRADE_STREAM_PREFIX,
  type CustomerGrade,
  type CustomerGradeEvent,
  customerGradeDecider,
  customerGradeStreamId,
} from '@sales/customers/domain';
import type { GradeOrUngraded } from '@sales/customers/events';
import type { EventEnvelope, EventStore } from '@sales/shared/event-sourcing';
import { CustomerGrades } from './customer-grades';

type Held = Readonly<{ version: number; grade: CustomerGrade }>;

/** The store reads the index needs: a pass to rebuild, and one stream to catch up. */
export type GradeSource = Pick<EventStore, 'readAll' | 'readStream'>;

const isGradeEvent = (event: EventEnvelope) => event.streamId.startsWith(CUSTOMER_GRADE_STREAM_PREFIX);

/**
 * Current grades (客户等级) of every customer grading knows, for lists and the daily review.
 * Idempotent by position: an event is applied only when it is the next of its stream, so a
 * redelivered or already folded event changes nothing, and a gap is filled by reading the stream.
 *
 * Limitation: streams are discovered by a pass over the store (at start, then on every tick of
 * the GradingScheduler) and by this process's own commands. A grade another replica changed
 * shows here after at most one scheduler interval; the grade history route reads the stream
 * itself and is always current.
 */
export class GradeIndex extends CustomerGrades {
  private readonly held = new Map<string, Held>();

  constructor(private readonly source: GradeSource) {
    super();
  }

  /** One pass over the store. Safe beside commands: what they applied is skipped. */
  async rebuild(): Promise<void> {
    for await (const event of this.source.readAll()) if (isGradeEvent(event)) this.apply([event]);
  }

  /** Folds the events that follow what is held; false at the first gap. */
  apply(events: readonly EventEnvelope[]): boolean {
    for (const event of events) {
      const current = this.held.get(event.streamId) ?? {
        version: 0,
        grade: customerGradeDecider.initialState(),
      };
      if (event.version <= current.version) continue;
      if (event.version !== current.version + 1) return false;
      this.held.set(event.streamId, {
        version: event.version,
        grade: customerGradeDecider.evolve(current.grade, {
          type: event.type,
          data: event.data,
        } as CustomerGradeEvent),
      });
    }
    return true;
  }

  /** A command's events; when they do not follow what is held, the stream is read. */
  async record(streamId: string, events: readonly EventEnvelope[]): Promise<void> {
    if (!this.apply(events)) await this.catchUp(streamId);
  }

  async catchUp(streamId: string): Promise<void> {
    this.apply((await this.source.readStream(streamId)).events);
  }

  async gradeOf(customerId: string): Promise<GradeOrUngraded> {
    return this.held.get(customerGradeStreamId(customerId))?.grade.grade ?? 'ungraded';
  }

  /** Customers with a grade (active ones), by id: what the daily review goes through. */
  gradedCustomers(): string[] {
    return [...this.held.values()].flatMap(({ grade }) =>
      grade.customerId !== null && grade.activatedOn !== null ? [grade.customerId] : [],
    );
  }
}
