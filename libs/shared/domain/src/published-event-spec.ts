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

/**
 * One catalogue entry: the event's data as a closed JSON Schema object whose listed properties are
 * all required (a published event states every field, null where it has no value), its `$id` and
 * title from context, type and version, and `$defs` only when a property refers to them.
 */
export function publishedEventSpec(
  entry: Readonly<{
    context: string;
    type: string;
    schemaVersion: number;
    summary: LocalizedText;
    properties: Readonly<Record<string, JsonSchema>>;
    $defs?: Readonly<Record<string, JsonSchema>>;
  }>,
): PublishedEventSpec {
  const { context, type, schemaVersion, summary, properties, $defs } = entry;
  const usesDefs = $defs !== undefined && JSON.stringify(properties).includes('#/$defs/');
  return {
    context,
    type,
    schemaVersion,
    summary,
    schema: {
      $schema: JSON_SCHEMA_DIALECT,
      $id: `urn:sales:${context}:${type}:v${schemaVersion}`,
      title: `${context}.${type}.v${schemaVersion}`,
      description: bilingual(summary),
      type: 'object',
      properties,
      required: Object.keys(properties),
      additionalProperties: false,
      ...(usesDefs ? { $defs } : {}),
    },
  };
}

/**
 * The one place a published event's schema version comes from: its catalogue. Returns a factory
 * that stamps each event with the newest version the catalogue lists for its type, so a context's
 * publication never writes a version number of its own.
 */
export function publishedEventFactory<
  E extends Readonly<{ type: string; schemaVersion: number; data: unknown }>,
>(
  catalogue: readonly PublishedEventSpec[],
): <T extends E['type']>(type: T, data: Extract<E, { type: T }>['data']) => E {
  const versions = new Map<string, number>();
  for (const { type, schemaVersion } of catalogue) {
    versions.set(type, Math.max(versions.get(type) ?? 0, schemaVersion));
  }
  return (type, data) => {
    const schemaVersion = versions.get(type);
    if (schemaVersion === undefined) throw new Error(`${type} is not in the published catalogue`);
    return { type, schemaVersion, data } as unknown as E;
  };
}
