import { type JsonSchema, type LocalizedText, bilingual } from './published-event-spec';

/* Building blocks of the published events' JSON Schemas (every context's catalogue uses them). */

export const text = (zh: string, en: string): LocalizedText => ({ zh, en });

export const described = (schema: Record<string, unknown>, zh: string, en: string): JsonSchema => ({
  ...schema,
  description: bilingual(text(zh, en)),
});

export const id = (zh: string, en: string) => described({ type: 'string', minLength: 1 }, zh, en);
export const optionalId = (zh: string, en: string) =>
  described({ type: ['string', 'null'], minLength: 1 }, zh, en);
export const nonEmpty = (zh: string, en: string) => described({ type: 'string', minLength: 1 }, zh, en);

export const businessDate = (zh: string, en: string) =>
  described(
    { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    `${zh}（YYYY-MM-DD，公司时区）`,
    `${en} (YYYY-MM-DD, company time zone)`,
  );

/** Money: integer minor units (分 for CNY), always beside a `currency` property. */
export const minorAmount = (zh: string, en: string, minimum = 0) =>
  described(
    { type: 'integer', minimum, maximum: Number.MAX_SAFE_INTEGER },
    `${zh}（整数，分，币种见 currency）`,
    `${en} (integer minor units, fen; currency in \`currency\`)`,
  );

export const currency = described(
  { type: 'string', pattern: '^[A-Z]{3}$' },
  '币种（ISO 4217，如 CNY）',
  'Currency (ISO 4217, e.g. CNY)',
);
