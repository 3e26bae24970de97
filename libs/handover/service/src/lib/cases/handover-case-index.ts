import type { OnApplicationShutdown } from '@nestjs/common';
import { type HandoverLedger, personOfStream } from '@sales/handover/domain';
import type { EventStore } from '@sales/shared/event-sourcing';

export type HandoverCaseSource = Pick<EventStore, 'readAll'>;

/**
 * 离职交接列表's index: the people who have (had) a resignation case. Found by a pass over the
 * store at start and every `refreshMs` (cases another replica opened), and at once for this
 * process's own commands; the cases themselves are always read from their streams.
 */
export class HandoverCaseIndex implements OnApplicationShutdown {
  private readonly people = new Set<string>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly source: HandoverCaseSource,
    private readonly refreshMs = 30_000,
  ) {}

  async rebuild(): Promise<void> {
    for await (const event of this.source.readAll()) {
      if (event.type !== 'ResignationNoticed') continue;
      const personId = personOfStream(event.streamId);
      if (personId !== undefined) this.people.add(personId);
    }
  }

  startRefreshing(): void {
    this.timer ??= setInterval(() => void this.rebuild().catch(() => undefined), this.refreshMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Notes a ledger this process just wrote. */
  record(ledger: HandoverLedger): void {
    if (ledger.personId !== null && ledger.cases.length > 0) this.people.add(ledger.personId);
  }

  /** Everyone with a case, in id order. */
  peopleWithCases(): string[] {
    return [...this.people].sort();
  }
}
