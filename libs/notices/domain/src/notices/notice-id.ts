import { createHash } from 'node:crypto';

/**
 * A notice's id: derived from what it is about (the source event's id, or a derived notice's
 * business key) and its recipient, so a redelivered event, a replayed topic or a repeated daily
 * round makes the same id — and the inbox, which holds each id once, never shows it twice.
 */
export function noticeIdOf(sourceKey: string, recipientId: string): string {
  return `n-${createHash('sha256').update(`${sourceKey}\u0000${recipientId}`).digest('hex').slice(0, 24)}`;
}
