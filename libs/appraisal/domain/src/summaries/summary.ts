import {
  type Actor,
  type Aggregate,
  type BusinessDate,
  DomainError,
  ForbiddenError,
  NotFoundError,
  assertNever,
} from '@sales/shared/domain';
import { type TeamView, manages, teamMember } from '../meetings/team-scope';
import type { SubmitSummary, SummaryCommand } from './summary-commands';
import type { SummaryEvent, SummarySubmitted } from './summary-events';
import { publishSummaryEvent } from './summary-publication';

export type SummaryStatus = 'submitted' | 'acknowledged' | 'archived';
type Overdue = Readonly<{ dueOn: BusinessDate; markedOn: BusinessDate }> | null;

/** 书面总结 (A5): one salesperson, one period. */
export type WrittenSummary =
  | Readonly<{ status: 'none'; overdue: Overdue }>
  | (SummarySubmitted['data'] &
      Readonly<{
        status: SummaryStatus;
        overdue: Overdue;
        acknowledged: Readonly<{ by: string; on: BusinessDate; comment: string }> | null;
        archived: Readonly<{ by: string; on: BusinessDate }> | null;
      }>);

export type HandedInSummary = Exclude<WrittenSummary, { status: 'none' }>;

export const summaryDecider: Aggregate<WrittenSummary, SummaryCommand, SummaryEvent> = {
  initialState: () => ({ status: 'none', overdue: null }),
  evolve,
  decide,
  publish: publishSummaryEvent,
};

function evolve(summary: WrittenSummary, event: SummaryEvent): WrittenSummary {
  switch (event.type) {
    case 'SummarySubmitted':
      return {
        ...event.data,
        status: 'submitted',
        overdue: summary.overdue,
        acknowledged: null,
        archived: null,
      };
    case 'SummaryAcknowledged': {
      if (summary.status === 'none') return summary;
      const { by, on, comment } = event.data;
      return { ...summary, status: 'acknowledged', acknowledged: { by, on, comment } };
    }
    case 'SummaryArchived': {
      if (summary.status === 'none') return summary;
      return { ...summary, status: 'archived', archived: { by: event.data.by, on: event.data.on } };
    }
    case 'SummaryOverdueMarked':
      return { ...summary, overdue: { dueOn: event.data.dueOn, markedOn: event.data.markedOn } };
  }
}

function decide(command: SummaryCommand, summary: WrittenSummary): SummaryEvent[] {
  switch (command.type) {
    case 'SubmitSummary':
      return submit(command.data, summary);
    case 'AcknowledgeSummary': {
      const { actor, team, today } = command.data;
      const existing = requireSummary(summary);
      authorizeReader(actor, team, existing);
      if (existing.status !== 'submitted')
        throw new DomainError('summary-already-acknowledged', {
          ...keyOf(existing),
          ...existing.acknowledged,
        });
      return [
        {
          type: 'SummaryAcknowledged',
          data: { ...keyOf(existing), by: actor.userId, on: today, comment: command.data.comment.trim() },
        },
      ];
    }
    case 'ArchiveSummary': {
      const { actor, team, today } = command.data;
      const existing = requireSummary(summary);
      authorizeReader(actor, team, existing);
      if (existing.status === 'archived')
        throw new DomainError('summary-already-archived', { ...keyOf(existing), ...existing.archived });
      // Archiving what nobody acknowledged yet acknowledges it: whoever files it has read it.
      const acknowledged: SummaryEvent[] =
        existing.status === 'submitted'
          ? [
              {
                type: 'SummaryAcknowledged',
                data: { ...keyOf(existing), by: actor.userId, on: today, comment: '' },
              },
            ]
          : [];
      return [
        ...acknowledged,
        { type: 'SummaryArchived', data: { ...keyOf(existing), by: actor.userId, on: today } },
      ];
    }
    case 'MarkSummaryOverdue': {
      const { personId, period, today } = command.data;
      // Handed in, already announced, or not due yet: nothing to say (the round runs daily).
      if (summary.status !== 'none' || summary.overdue !== null || today <= period.dueOn) return [];
      return [
        {
          type: 'SummaryOverdueMarked',
          data: { personId, period: period.label, dueOn: period.dueOn, markedOn: today },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

function submit(data: SubmitSummary['data'], summary: WrittenSummary): SummaryEvent[] {
  const { actor, personId, period, team, today } = data;
  if (actor.role !== 'salesperson') throw new ForbiddenError('summary-writer-role', { role: actor.role });
  if (actor.userId !== personId) throw new ForbiddenError('summary-not-yours', { personId });
  const person = teamMember(team, personId);
  if (!person) throw new NotFoundError('summary-person-unknown', { personId });
  // A summary looks back on a period: it is written from the period's last day on.
  if (today < period.to)
    throw new DomainError('summary-period-not-ended', {
      field: 'period',
      period: period.label,
      endsOn: period.to,
    });
  if (summary.status === 'acknowledged' || summary.status === 'archived')
    throw new DomainError('summary-already-acknowledged', {
      personId,
      period: period.label,
      ...summary.acknowledged,
    });
  const progress = data.progress.trim();
  if (!progress) throw new DomainError('summary-progress-required', { field: 'progress' });
  return [
    {
      type: 'SummarySubmitted',
      data: {
        personId,
        divisionId: person.divisionId,
        period: period.label,
        cadence: period.cadence,
        from: period.from,
        to: period.to,
        dueOn: period.dueOn,
        submittedOn: today,
        progress,
        suggestions: data.suggestions.trim(),
        figures: data.figures,
      },
    },
  ];
}

function requireSummary(summary: WrittenSummary): HandedInSummary {
  if (summary.status === 'none') throw new NotFoundError('summary-not-found', {});
  return summary;
}

const keyOf = (summary: HandedInSummary) => ({ personId: summary.personId, period: summary.period });

/**
 * 交市场部主管人员存档: the 市场部主管, the VP or the person's manager acknowledge and archive a
 * summary — never the writer themselves.
 */
function authorizeReader(actor: Actor, team: TeamView, summary: HandedInSummary): void {
  if (actor.userId === summary.personId) throw new ForbiddenError('summary-own', keyOf(summary));
  if (actor.role === 'sales_admin' || actor.role === 'vp') return;
  if (!manages(team, actor.userId, summary.personId))
    throw new ForbiddenError('summary-not-your-team', { ...keyOf(summary), role: actor.role });
}
