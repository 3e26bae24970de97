import { json } from 'express';

/** Deeper than any DTO (a revision is six levels); recursion in validation must never run out of stack. */
export const DEFAULT_MAX_JSON_DEPTH = 32;

/** The body nests objects/arrays deeper than allowed; answered 400 `too-deeply-nested`. */
export class JsonTooDeepError extends Error {
  readonly status = 400;
  readonly expose = true;
  readonly type = 'entity.too.deep';
  constructor(readonly maxDepth: number) {
    super(`the JSON body nests deeper than ${maxDepth} levels`);
    this.name = 'JsonTooDeepError';
  }
}

/**
 * The one JSON body parser of every app: bodies over `limit` are refused with 413 before they are
 * read whole, and the raw bytes are scanned for nesting depth before `JSON.parse`, so a small body
 * of a few thousand brackets cannot overflow the stack of the validation that follows.
 */
export function jsonBodyParser(options: { limit: string; maxDepth?: number }) {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_JSON_DEPTH;
  return json({
    limit: options.limit,
    type: ['application/json', 'application/*+json'],
    verify: (_req, _res, buffer) => {
      if (jsonDepthExceeds(buffer, maxDepth)) throw new JsonTooDeepError(maxDepth);
    },
  });
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]);
const CLOSE = new Set([0x5d, 0x7d]);

/** True when the bytes open more than `maxDepth` arrays/objects at once; brackets in strings do not count. */
export function jsonDepthExceeds(bytes: Uint8Array, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (OPEN.has(byte)) {
      if (++depth > maxDepth) return true;
    } else if (CLOSE.has(byte)) depth--;
  }
  return false;
}
