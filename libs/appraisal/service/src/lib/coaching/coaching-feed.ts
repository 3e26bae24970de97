import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { CUSTOMERS_CONTEXT } from '@sales/customers/events';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import type { Clock } from '@sales/shared/domain';
import { CLOCK, type ContextRuntime, InjectContext, LOGGER } from '@sales/shared/runtime';
import { AppraisalOrgReader } from '../org/appraisal-org.reader';
import { CoachingService } from './coaching.service';

/** The consumer groups coaching reads with (one per deployment, shared by replicas). */
export const JOINT_VISITS_GROUP = 'appraisal.coaching.visits';
export const LADDER_GROUP = 'appraisal.coaching.ladder';

type Fields = Record<string, unknown>;
const text = (data: Fields, field: string) => {
  const value = data[field];
  if (typeof value !== 'string' || !value) throw new Error(`${field} is not a non-empty string`);
  return value;
};

/**
 * What coaching does because of published events, idempotently in the coached person's file:
 * customers' `VisitLogged` of kind `joint` becomes a 联合拜访 in the salesperson's file (by visit
 * id), and appraisal's own `AppraisalResultPublished` at the ladder's help step (帮助) opens an
 * improvement plan for its subject (by cycle and subject) — a division's result for the
 * division's manager as of today. Unreadable consumed events throw: retried, then dead-lettered.
 */
@Injectable()
export class CoachingFeed implements OnModuleInit {
  constructor(
    @InjectContext('appraisal') private readonly runtime: ContextRuntime,
    private readonly coaching: CoachingService,
    private readonly org: AppraisalOrgReader,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.runtime.subscribe({
      groupId: JOINT_VISITS_GROUP,
      topics: [this.runtime.topicOf(CUSTOMERS_CONTEXT)],
      fromBeginning: true,
      handle: (event) => this.visit(event),
    });
    await this.runtime.subscribe({
      groupId: LADDER_GROUP,
      topics: [this.runtime.topic],
      fromBeginning: true,
      handle: (event) => this.result(event),
    });
  }

  async visit(event: EventEnvelope): Promise<void> {
    if (event.type !== 'VisitLogged' || event.schemaVersion !== 1) return;
    const data = event.data as Fields;
    if (data['kind'] !== 'joint' || typeof data['coachId'] !== 'string') return;
    await this.coaching.noteJointVisit({
      personId: text(data, 'salespersonId'),
      visitId: text(data, 'visitId'),
      coachId: text(data, 'coachId'),
      customerId: text(data, 'customerId'),
      visitedOn: text(data, 'businessDate'),
    });
  }

  async result(event: EventEnvelope): Promise<void> {
    if (event.type !== 'AppraisalResultPublished' || event.schemaVersion !== 1) return;
    const data = event.data as Fields;
    if (data['ladderStep'] !== 'help') return;
    const subject = data['subject'] as Fields | undefined;
    const kind = subject?.['kind'];
    if (!subject || (kind !== 'person' && kind !== 'division'))
      throw new Error('subject is not a person or division');
    const subjectId = text(subject, 'id');
    const team = await this.org.treeToday();
    const personId =
      kind === 'person' ? subjectId : team.divisions.find((d) => d.id === subjectId)?.managerId;
    if (!personId) {
      this.logger.info(
        { cycleId: data['cycleId'], subject },
        'help step for a division without a manager: no plan opened',
      );
      return;
    }
    const person = team.people.find((p) => p.id === personId);
    const divisionManager = team.divisions.find((d) => d.id === person?.divisionId)?.managerId ?? null;
    const coachId =
      kind === 'person' && divisionManager && divisionManager !== personId
        ? divisionManager
        : (person?.managerId ?? null);
    await this.coaching.openLadderPlan(personId, {
      personId,
      coachId,
      trigger: {
        kind: 'ladder',
        cycleId: text(data, 'cycleId'),
        subject: { kind, id: subjectId },
        period: periodLabel(data['period']),
        grade: text(data, 'grade'),
        consecutiveMisses: Number(data['consecutiveMisses'] ?? 0),
      },
      today: this.clock.today(),
    });
  }
}

/** The contract's period is `{kind, label, from, to}` (as CycleClosed); a bare label is read as well. */
function periodLabel(period: unknown): string {
  if (typeof period === 'string') return period;
  const label = (period as Fields | undefined)?.['label'];
  if (typeof label !== 'string') throw new Error('period has no label');
  return label;
}
