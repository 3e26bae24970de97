import { type Aggregate, assertNever } from '@sales/shared/domain';
import { checkIn, declareDayOut } from './check-in-rules';
import type { FieldDayCommand } from './field-day-commands';
import type { FieldDayEvent } from './field-day-events';
import { publishFieldDayEvent } from './field-day-publication';
import { type FieldDay, evolveFieldDay, initialFieldDay } from './field-day-state';
import { logVisit } from './visit-rules';

/** 外勤日 (C3, C4): one person's visits, day-out status and check-ins on one business date. */
export const fieldDayDecider: Aggregate<FieldDay, FieldDayCommand, FieldDayEvent> = {
  initialState: initialFieldDay,
  evolve: evolveFieldDay,
  decide,
  publish: publishFieldDayEvent,
};

function decide(command: FieldDayCommand, day: FieldDay): FieldDayEvent[] {
  assertSameDay(command, day);
  switch (command.type) {
    case 'LogVisit':
      return logVisit(command.data, day);
    case 'DeclareDayOut':
      return declareDayOut(command.data, day);
    case 'CheckIn':
      return checkIn(command.data, day);
    default:
      return assertNever(command);
  }
}

/** A stream holds one person's one day: a command for another is a wiring fault, not a user error. */
function assertSameDay({ data }: FieldDayCommand, day: FieldDay): void {
  if (
    (day.personId !== null && day.personId !== data.personId) ||
    (day.date !== null && day.date !== data.date)
  ) {
    throw new Error(
      `field day ${day.personId}/${day.date} was sent a command for ${data.personId}/${data.date}`,
    );
  }
}
