import type { BusinessDate } from '@sales/shared/domain';
import type { HandoverClearance, HandoverItemKind } from '@sales/handover/events';

/** At least this many days between the notice and the last day (O2: notice at least one month ahead). */
export const NOTICE_DAYS = 30;

export type HandoverCaseStatus = 'open' | 'completed' | 'left-without-handover';

/** An item that left an open case's checklist, and how. */
export type ClearedItem = Readonly<{
  kind: HandoverItemKind;
  id: string;
  how: HandoverClearance;
  toPersonId: string | null;
  on: BusinessDate;
}>;

/** Who did a step of the case, and on which day. */
export type CaseStep = Readonly<{ by: string; on: BusinessDate }>;

/** 离职交接单: one resignation of one person. */
export type HandoverCase = Readonly<{
  caseId: string;
  personId: string;
  noticedOn: BusinessDate;
  lastDay: BusinessDate;
  noticedBy: string;
  supervisorId: string | null;
  status: HandoverCaseStatus;
  accountsSettled: CaseStep | null;
  signedOff: CaseStep | null;
  /** Completed, or recorded as 离职处理. */
  closed: CaseStep | null;
  /** 离职处理's reason (null otherwise). */
  exitReason: string | null;
  /** What was left open at a 离职处理, as item refs (empty otherwise). */
  leftOpen: readonly Readonly<{ kind: HandoverItemKind; id: string }>[];
  cleared: readonly ClearedItem[];
}>;

const STREAM_PREFIX = 'handover-person-';
const CASE_ID = /^resignation-(.+)-(\d+)$/;

/** One stream per person: their holdings (from other contexts' events) and their resignation cases. */
export const handoverStreamId = (personId: string) => `${STREAM_PREFIX}${personId}`;

/** The person a handover stream is about (undefined for another stream). */
export function personOfStream(streamId: string): string | undefined {
  return streamId.startsWith(STREAM_PREFIX) ? streamId.slice(STREAM_PREFIX.length) : undefined;
}

/** `resignation-<personId>-<n>`: the person's n-th resignation case (a rehired person may resign again). */
export const handoverCaseId = (personId: string, number: number) => `resignation-${personId}-${number}`;

/** The person a case id names, or undefined when it is no case id. */
export function personOfCase(caseId: string): string | undefined {
  return CASE_ID.exec(caseId)?.[1];
}
