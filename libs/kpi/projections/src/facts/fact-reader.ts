import type { FactOrigin, KpiFact, ReceivedEvent } from './kpi-fact';

/** Turns one published event into facts, given how to stamp their origin. */
export type FactReader = Readonly<{
  /** The schema versions it reads; another version of the type is refused, never skipped. */
  versions: readonly number[];
  read: (event: ReceivedEvent, origin: (businessDate: string, n?: number) => FactOrigin) => KpiFact[];
}>;

/** A context's readers by event type. */
export type FactReaders = Readonly<Record<string, FactReader>>;

export const dataOf = <E extends { data: unknown }>(event: ReceivedEvent) => event.data as E['data'];
