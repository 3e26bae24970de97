import { PoisonMessageError } from './cloud-events';

export const DLQ = {
  error: 'dlq_error',
  errorCode: 'dlq_error_code',
  attempts: 'dlq_attempts',
  sourceTopic: 'dlq_source_topic',
  partition: 'dlq_partition',
  offset: 'dlq_offset',
  group: 'dlq_group',
} as const;

export type DeadLetterReason = Readonly<{
  error: unknown;
  /** Handler attempts made; 0 for a message that could not even be parsed. */
  attempts: number;
  topic: string;
  partition: number;
  offset: string;
  groupId: string;
}>;

const MAX_ERROR_LENGTH = 2_000;

/** Stable code of an error: its `code` when it has one (DomainError, PoisonMessageError, …). */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code !== '') return code;
  if (error instanceof PoisonMessageError) return error.code;
  return 'handler-failed';
}

/** Headers added to the ORIGINAL message (same key, headers and body) on its way to the DLQ. */
export function deadLetterHeaders(reason: DeadLetterReason): Record<string, string> {
  const message =
    reason.error instanceof Error ? `${reason.error.name}: ${reason.error.message}` : String(reason.error);
  return {
    [DLQ.error]: message.slice(0, MAX_ERROR_LENGTH),
    [DLQ.errorCode]: errorCode(reason.error),
    [DLQ.attempts]: String(reason.attempts),
    [DLQ.sourceTopic]: reason.topic,
    [DLQ.partition]: String(reason.partition),
    [DLQ.offset]: reason.offset,
    [DLQ.group]: reason.groupId,
  };
}
