import { Inject, Injectable } from '@nestjs/common';
import {
  type HandedInSummary,
  SUMMARY_SETTINGS_STREAM,
  type SummaryCadence,
  type SummaryCommand,
  type SummaryEvent,
  type SummaryFilter,
  type SummaryPeriod,
  type TeamView,
  type WrittenSummary,
  addDays,
  canSeePerson,
  figureTallyDecider,
  figureTallyStreamId,
  listSummaries,
  missingSummaries,
  periodContaining,
  summaryDecider,
  summaryFigures,
  summaryPeriod,
  summarySettingsDecider,
  summaryStreamId,
} from '@sales/appraisal/domain';
import {
  type Actor,
  type BusinessDate,
  type Clock,
  DomainError,
  ForbiddenError,
  NotFoundError,
  SYSTEM_ACTOR,
  fold,
} from '@sales/shared/domain';
import { type EventEnvelope, commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import type { FoldedStreams } from '../meetings/folded-streams';
import { AppraisalOrgReader } from '../org/appraisal-org.reader';

export const SUMMARY_INDEX = Symbol('SUMMARY_INDEX');
export type SummaryIndex = FoldedStreams<WrittenSummary, SummaryEvent>;

const domainEvents = <E>(events: readonly EventEnvelope[]) =>
  events.map(({ type, data }) => ({ type, data }) as E);

/** 书面总结 (A5): the cadence, each summary (`written-summary-…`), its figures, the missing list. */
@Injectable()
export class SummariesService {
  constructor(
    @InjectContext('appraisal') private readonly runtime: ContextRuntime,
    private readonly org: AppraisalOrgReader,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SUMMARY_INDEX) private readonly index: SummaryIndex,
  ) {}

  async settings() {
    const { events } = await this.runtime.store.readStream(SUMMARY_SETTINGS_STREAM);
    return fold(summarySettingsDecider, domainEvents(events));
  }

  async setCadence(cadence: SummaryCadence, actor: Actor) {
    const result = await this.runtime.commands.execute(
      summarySettingsDecider,
      SUMMARY_SETTINGS_STREAM,
      { type: 'SetSummaryCadence', data: { actor, cadence, today: this.clock.today() } },
      actor,
    );
    return { ...commandOutcome(result), settings: result.state };
  }

  /** A period label as the request gave it, or the period before the current one. */
  async period(label: string | undefined, field = 'period'): Promise<SummaryPeriod> {
    if (label === undefined) {
      const { cadence } = await this.settings();
      return periodContaining(cadence, addDays(periodContaining(cadence, this.clock.today()).from, -1));
    }
    const period = summaryPeriod(label);
    if (!period) throw new DomainError('summary-period-invalid', { field, period: label });
    return period;
  }

  /** 本期数据 of a person and period: what a summary is pre-filled with. */
  async figures(personId: string, period: SummaryPeriod) {
    const months = new Set([period.from.slice(0, 7), period.to.slice(0, 7)]);
    const facts = [];
    for (const month of months) {
      const { events } = await this.runtime.store.readStream(figureTallyStreamId(personId, month));
      facts.push(...fold(figureTallyDecider, domainEvents(events)).facts);
    }
    return summaryFigures(facts, period.from, period.to);
  }

  /** The form to fill in: the period, its due date and its figures (the caller's own, or a person in scope). */
  async draft(actor: Actor, label: string | undefined, personId = actor.userId) {
    const team = await this.org.treeToday();
    if (!canSeePerson(actor, team, personId)) throw new ForbiddenError('summary-not-readable', { personId });
    const period = await this.period(label);
    return { personId, period, figures: await this.figures(personId, period) };
  }

  async submit(
    label: string,
    personId: string,
    input: Readonly<{ progress: string; suggestions?: string }>,
    actor: Actor,
  ) {
    const period = await this.period(label);
    const { cadence } = await this.settings();
    if (period.cadence !== cadence)
      throw new DomainError('summary-period-not-cadence', { field: 'period', period: label, cadence });
    const figures = await this.figures(personId, period);
    return this.execute(label, personId, actor, (team, today) => ({
      type: 'SubmitSummary',
      data: {
        actor,
        personId,
        period,
        progress: input.progress,
        suggestions: input.suggestions ?? '',
        figures,
        team,
        today,
      },
    }));
  }

  acknowledge(label: string, personId: string, comment: string, actor: Actor) {
    return this.execute(label, personId, actor, (team, today) => ({
      type: 'AcknowledgeSummary',
      data: { actor, comment, team, today },
    }));
  }

  archive(label: string, personId: string, actor: Actor) {
    return this.execute(label, personId, actor, (team, today) => ({
      type: 'ArchiveSummary',
      data: { actor, team, today },
    }));
  }

  /** The daily round's visit: announce the summary overdue if it is (once). */
  async markOverdue(personId: string, period: SummaryPeriod, today: BusinessDate) {
    const streamId = summaryStreamId(period.label, personId);
    const result = await this.runtime.commands.execute(
      summaryDecider,
      streamId,
      { type: 'MarkSummaryOverdue', data: { personId, period, today } },
      SYSTEM_ACTOR,
    );
    await this.index.record(streamId, result.events);
    return commandOutcome(result);
  }

  async view(label: string, personId: string, actor: Actor) {
    const team = await this.org.treeToday();
    if (!canSeePerson(actor, team, personId)) throw new ForbiddenError('summary-not-readable', { personId });
    const summary = await this.index.current(summaryStreamId(label, personId));
    if (summary.status === 'none') throw new NotFoundError('summary-not-found', { period: label, personId });
    return summary;
  }

  async list(actor: Actor, filter: SummaryFilter) {
    const team = await this.org.treeToday();
    const items = listSummaries(this.handedIn(), actor, team, filter);
    return { items, names: await this.org.namesOf([...new Set(items.map((s) => s.personId))]) };
  }

  /** 未交总结 of a period, within scope: who owes one, its due date, whether it is overdue. */
  async missing(actor: Actor, label: string | undefined) {
    const period = await this.period(label);
    const [teamAtEnd, teamToday] = await Promise.all([this.org.treeAsOf(period.to), this.org.treeToday()]);
    const handedIn = new Set(
      this.handedIn()
        .filter((s) => s.period === period.label)
        .map((s) => s.personId),
    );
    const items = missingSummaries(period, teamAtEnd, handedIn, actor, teamToday, this.clock.today());
    return { period, items, names: await this.org.namesOf(items.map((m) => m.personId)) };
  }

  /** The salespeople who owe `period` a summary (the tree at its end). */
  async writersOf(period: SummaryPeriod): Promise<string[]> {
    const team = await this.org.treeAsOf(period.to);
    return team.people.filter((p) => p.role === 'salesperson' && p.status !== 'left').map((p) => p.id);
  }

  /** Summaries another replica wrote since the last pass. */
  refresh(): Promise<void> {
    return this.index.rebuild();
  }

  private handedIn(): HandedInSummary[] {
    return this.index.states().filter((s): s is HandedInSummary => s.status !== 'none');
  }

  private async execute(
    label: string,
    personId: string,
    actor: Actor,
    command: (team: TeamView, today: BusinessDate) => SummaryCommand,
  ) {
    const streamId = summaryStreamId(label, personId);
    const result = await this.runtime.commands.execute(
      summaryDecider,
      streamId,
      command(await this.org.treeToday(), this.clock.today()),
      actor,
    );
    await this.index.record(streamId, result.events);
    return commandOutcome(result);
  }
}
