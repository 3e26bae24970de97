/**
 * Records keyed by ids a user chooses (person, division, node ids) have no prototype: in a plain
 * object `record['constructor']` or `record['toString']` is found on Object.prototype, so a person
 * hired as `constructor` would already "exist". Reading with `record[id]` is then safe.
 */
export type IdRecord<T> = Readonly<Record<string, T>>;

export function emptyIdRecord<T>(): IdRecord<T> {
  return Object.create(null);
}

/** A copy of `record` with `id` set to `value` (a computed key and a null prototype: `__proto__` too is just an id). */
export function withId<T>(record: IdRecord<T>, id: string, value: T): IdRecord<T> {
  return Object.assign(Object.create(null), record, { [id]: value });
}

/** A copy of `record` without `id`. */
export function withoutId<T>(record: IdRecord<T>, id: string): IdRecord<T> {
  const copy: Record<string, T> = Object.assign(Object.create(null), record);
  delete copy[id];
  return copy;
}
