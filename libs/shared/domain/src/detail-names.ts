/**
 * An error's details, optionally with `names`: the people and divisions it mentions as people
 * know them (`{ 'd-east': '华东事业部', 'p-li': '李娜' }`), added by the service that knows the
 * org tree, so a label shows 华东事业部 rather than d-east.
 */
export type DetailsWithNames = Readonly<Record<string, unknown>> & {
  names?: Readonly<Record<string, string>>;
};

/** 李娜（p-li）when `details.names` knows the id, else the id as it is. */
export function namedId(id: string, details: DetailsWithNames): string {
  const names = details.names;
  const name = names && Object.hasOwn(names, id) ? names[id] : undefined;
  return typeof name === 'string' && name ? `${name}（${id}）` : id;
}

/** A division in a message: 华东事业部（d-east）when named, else 事业部 d-east. */
export function divisionLabel(
  value: unknown,
  details: DetailsWithNames = {},
): Readonly<{ zh: string; en: string }> {
  const id = String(value);
  const named = namedId(id, details);
  return named === id ? { zh: `事业部 ${id}`, en: `division ${id}` } : { zh: named, en: named };
}

/** A person in a message: 李娜（p-li）when named, else the id. */
export function personLabel(
  value: unknown,
  details: DetailsWithNames = {},
): Readonly<{ zh: string; en: string }> {
  const named = namedId(String(value), details);
  return { zh: named, en: named };
}
