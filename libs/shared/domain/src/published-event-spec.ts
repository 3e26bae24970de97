/** Text shown to people: zh-CN first (the users' language), English beside it. */
export type LocalizedText = Readonly<{ zh: string; en: string }>;

/** A JSON Schema (draft 2020-12) as a plain object, so it can go straight into /asyncapi.json. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/**
 * One published event of a context (ARCHITECTURE.md §1, DOMAIN.md X1): what other systems may
 * subscribe to. The CloudEvents type is `<context>.<type>.v<schemaVersion>`; `schema` describes
 * the event's `data`. Each context's events lib exports a catalogue of these, and the AsyncAPI
 * document is generated from the catalogues.
 */
export type PublishedEventSpec = Readonly<{
  context: string;
  type: string;
  schemaVersion: number;
  summary: LocalizedText;
  schema: JsonSchema;
}>;

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** `zh / en`: JSON Schema has one `description`, and subscribers read either language. */
export function bilingual(text: LocalizedText): string {
  return `${text.zh} / ${text.en}`;
}
