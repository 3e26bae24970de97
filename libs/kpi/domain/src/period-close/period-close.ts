import { KPI_FIGURE_IDS } from '@sales/kpi/events';
import { type Aggregate, ConflictError, DomainError } from '@sales/shared/domain';
import type { ClosePeriod, PeriodCloseCommand } from './period-close-commands';
import type { FrozenSubject, PeriodCloseEvent } from './period-close-events';
import { publishPeriodCloseEvent } from './period-close-publication';

/*
 * 考核期指标冻结 (A2): one stream per request, `kpi-period-<requestId>` (appraisal's cycle id).
 * The first close freezes the figures and publishes them; the figures of a period are never
 * recomputed into the same answer, so a later close of the request — a redelivered CycleClosed,
 * a second replica racing the first — is refused, and the service reads that refusal as "already
 * answered".
 */

export const periodCloseStreamId = (requestId: string) => `kpi-period-${requestId}`;

export type PeriodCloseState =
  | Readonly<{ status: 'open' }>
  | Readonly<{ status: 'closed'; requestId: string; requestEventId: string; computedAt: string }>;

function decide(command: PeriodCloseCommand, state: PeriodCloseState): PeriodCloseEvent[] {
  return closePeriod(command, state);
}

function closePeriod(command: ClosePeriod, state: PeriodCloseState): PeriodCloseEvent[] {
  if (state.status === 'closed')
    throw new ConflictError('period-already-closed', {
      requestId: state.requestId,
      closedAt: state.computedAt,
    });
  const seen = new Set<string>();
  for (const subject of command.data.subjects) {
    const key = `${subject.kind}:${subject.id}`;
    if (seen.has(key)) throw new DomainError('period-subject-twice', { subject: key });
    seen.add(key);
    assertEveryFigure(subject, key);
  }
  return [{ type: 'PeriodClosed', data: command.data }];
}

/**
 * A subscriber scores figures by id (a scheme's KPIs): each subject carries every figure of the
 * published catalogue, in its order, once — a missing one would be scored as if it were zero.
 */
function assertEveryFigure(subject: FrozenSubject, key: string): void {
  const ids: readonly string[] = subject.figures.map((f) => f.figureId);
  if (ids.length === KPI_FIGURE_IDS.length && ids.every((id, index) => id === KPI_FIGURE_IDS[index])) return;
  throw new DomainError('period-figures-incomplete', {
    subject: key,
    missing: KPI_FIGURE_IDS.filter((id) => !ids.includes(id)).join(', '),
    unexpected: ids.filter((id) => !(KPI_FIGURE_IDS as readonly string[]).includes(id)).join(', '),
  });
}

function evolve(_state: PeriodCloseState, event: PeriodCloseEvent): PeriodCloseState {
  const { requestId, requestedBy, computedAt } = event.data;
  return { status: 'closed', requestId, requestEventId: requestedBy.eventId, computedAt };
}

export const periodCloseDecider: Aggregate<PeriodCloseState, PeriodCloseCommand, PeriodCloseEvent> = {
  initialState: () => ({ status: 'open' }),
  evolve,
  decide,
  publish: publishPeriodCloseEvent,
};
