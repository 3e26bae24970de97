import type { TransportMessage } from './cloud-events';

/**
 * Most bytes of one produce request by default: under the broker's `message.max.bytes` (1 MiB),
 * which a partition's record batch may not exceed, with room for the request's own framing.
 */
export const DEFAULT_MAX_REQUEST_BYTES = 768 * 1024;

/** Splits messages, in order, into runs of at most `maxBytes` (a bigger single message goes alone). */
export function splitBySize(messages: readonly TransportMessage[], maxBytes: number): TransportMessage[][] {
  const chunks: TransportMessage[][] = [];
  let current: TransportMessage[] = [];
  let bytes = 0;
  for (const message of messages) {
    let size = Buffer.byteLength(message.key) + Buffer.byteLength(message.value);
    for (const [name, value] of Object.entries(message.headers))
      size += name.length + Buffer.byteLength(value);
    if (current.length > 0 && bytes + size > maxBytes) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(message);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
