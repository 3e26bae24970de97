import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type Coordinates,
  type CustomerRef,
  type FieldDayCommand,
  type FieldDayEvent,
  assertFilterInScope,
  fieldDayDecider,
  fieldDayStreamId,
  fieldWorkScope,
  visitDateOf,
} from '@sales/customers/domain';
import type { VisitKind } from '@sales/customers/events';
import { type Actor, type BusinessDate, type Clock, fold } from '@sales/shared/domain';
import { type CommandOutcome, commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { CustomersOrgReader } from '../org/customers-org.reader';
import { CustomerDirectory } from '../registry/customer-directory';
import { FieldDayIndex } from './field-day-index';

export type VisitInput = Readonly<{
  customerId: string;
  visitedAt: string;
  kind: VisitKind;
  coachId: string | null;
  purpose: string;
  outcome: string;
  nextStep: string;
  nextContactOn: BusinessDate | null;
}>;

export type CheckInInput = Readonly<{
  personId: string | undefined;
  date: BusinessDate | undefined;
  place: string;
  coordinates: Coordinates | null;
  customerId: string | null;
  note: string;
}>;

/**
 * 外勤日 (C3, C4): the field-day aggregate (`field-day-<personId>-<date>` streams): visits,
 * declared days out and check-ins. Every command is decided with the org tree as of the day's own
 * date (the division it is credited to, who stood above the person then) and today's date.
 */
@Injectable()
export class FieldDayService {
  constructor(
    @InjectContext('customers') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: CustomersOrgReader,
    private readonly directory: CustomerDirectory,
    private readonly index: FieldDayIndex,
  ) {}

  async logVisit(input: VisitInput, actor: Actor) {
    const date = visitDateOf(input.visitedAt, this.clock.timeZone);
    const visitId = randomUUID();
    const outcome = await this.execute(actor, {
      type: 'LogVisit',
      data: {
        ...(await this.circumstances(actor, actor.userId, date)),
        ...input,
        visitId,
        requestedCustomerId: input.customerId,
        customer: await this.customer(input.customerId),
      },
    });
    return { ...outcome, visitId, date };
  }

  async declareDayOut(personId: string | undefined, date: BusinessDate, note: string, actor: Actor) {
    const outcome = await this.execute(actor, {
      type: 'DeclareDayOut',
      data: { ...(await this.circumstances(actor, personId ?? actor.userId, date)), note },
    });
    return { ...outcome, date };
  }

  async checkIn(input: CheckInInput, actor: Actor) {
    const { place, coordinates, note, customerId } = input;
    const date = input.date ?? this.clock.today();
    const checkInId = randomUUID();
    const recordedAt = this.clock.now().toISOString();
    const outcome = await this.execute(actor, {
      type: 'CheckIn',
      data: {
        ...(await this.circumstances(actor, input.personId ?? actor.userId, date)),
        checkInId,
        recordedAt,
        place,
        coordinates,
        note,
        requestedCustomerId: customerId,
        customer: customerId === null ? null : await this.customer(customerId),
      },
    });
    return { ...outcome, checkInId, date, recordedAt };
  }

  /** One person's day as it stands in the store: visits, whether out, check-ins; within scope. */
  async day(personId: string, date: BusinessDate, actor: Actor) {
    const org = await this.org.treeToday();
    assertFilterInScope(fieldWorkScope(actor, org, 'read-field-day'), org, { personId });
    const { events } = await this.runtime.store.readStream(fieldDayStreamId(personId, date));
    const day = fold(
      fieldDayDecider,
      events.map(({ type, data }) => ({ type, data }) as FieldDayEvent),
    );
    return { ...day, personId, date };
  }

  private async circumstances(actor: Actor, personId: string, date: BusinessDate) {
    return { actor, personId, date, today: this.clock.today(), orgOnDate: await this.org.treeAsOf(date) };
  }

  /** The customer (its survivor when merged away) as the registry has it, undefined when unknown. */
  private async customer(customerId: string): Promise<CustomerRef | undefined> {
    const found = await this.directory.find(customerId);
    return found && { customerId: found.customerId, ownerId: found.ownerId };
  }

  private async execute(actor: Actor, command: FieldDayCommand): Promise<CommandOutcome> {
    const streamId = fieldDayStreamId(command.data.personId, command.data.date);
    const result = await this.runtime.commands.execute(fieldDayDecider, streamId, command, actor);
    await this.index.record(streamId, result.events);
    return commandOutcome(result);
  }
}
