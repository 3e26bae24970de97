import type { RecordPersonStatus } from '@sales/org/domain';

/** A handover event as org's feed receives it: a published envelope of `sales.handover.events`. */
export type HandoverFeedEvent = Readonly<{ id: string; type: string; data: unknown }>;

type Data = Readonly<{
  caseId?: unknown;
  personId?: unknown;
  noticedOn?: unknown;
  lastDay?: unknown;
  leftOn?: unknown;
}>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: unknown): value is string => typeof value === 'string' && DATE.test(value);
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** The day after a business date (a person's last day is still theirs). */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * What a handover event means for the tree (O2): notice given → `resigning` from the day it was
 * given; handover completed → `left` from the day after the last day; an exit without handover
 * (离职处理) → `left` from the day after the last day, or from the exit's own date when it is
 * earlier (someone who walked out). Anything else handover publishes (items ticked off, …) is
 * not org's concern: undefined. A step without the fields it needs throws, so the bus retries
 * and then dead-letters it rather than org guessing.
 */
export function personStatusFrom(event: HandoverFeedEvent): RecordPersonStatus['data'] | undefined {
  const data = (event.data ?? {}) as Data;
  const base = () => {
    if (!isId(data.caseId) || !isId(data.personId))
      throw new Error(`handover ${event.type} ${event.id} lacks caseId or personId`);
    return { caseId: data.caseId, personId: data.personId, sourceEventId: event.id };
  };
  switch (event.type) {
    case 'ResignationNoticed': {
      if (!isDate(data.noticedOn)) throw new Error(`handover ${event.type} ${event.id} lacks noticedOn`);
      return { ...base(), toStatus: 'resigning', reason: 'resignation-noticed', effectiveOn: data.noticedOn };
    }
    case 'HandoverCompleted': {
      if (!isDate(data.lastDay)) throw new Error(`handover ${event.type} ${event.id} lacks lastDay`);
      return {
        ...base(),
        toStatus: 'left',
        reason: 'handover-completed',
        effectiveOn: dayAfter(data.lastDay),
      };
    }
    case 'LeftWithoutHandover': {
      const afterLastDay = isDate(data.lastDay) ? dayAfter(data.lastDay) : undefined;
      const leftOn = isDate(data.leftOn) ? data.leftOn : undefined;
      const effectiveOn =
        afterLastDay && leftOn ? (leftOn < afterLastDay ? leftOn : afterLastDay) : (leftOn ?? afterLastDay);
      if (!effectiveOn) throw new Error(`handover ${event.type} ${event.id} lacks lastDay and leftOn`);
      return { ...base(), toStatus: 'left', reason: 'left-without-handover', effectiveOn };
    }
    default:
      return undefined;
  }
}
