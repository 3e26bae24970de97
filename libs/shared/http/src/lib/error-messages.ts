import { type DetailsWithNames, ROLE_LABELS, isRole, namedId } from '@sales/shared/domain';

export { type DetailsWithNames, namedId } from '@sales/shared/domain';
/** A zh-CN/en message pair; `{name}` placeholders are filled from the error's details. */
export type LocalizedMessage = Readonly<{ zh: string; en: string }>;
export type ErrorMessageCatalogue = Readonly<Record<string, LocalizedMessage>>;

/**
 * How detail values read to people, per detail key: `{ metric: salesAmount }` is shown as 销售额 /
 * sales amount, never as the identifier. A label function answers undefined for values it does
 * not know, which are then shown as they are.
 */
export type DetailLabels = Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedMessage | undefined>
>;

/** Labels every context shares: roles. */
export const PLATFORM_DETAIL_LABELS: DetailLabels = {
  role: (value) => (isRole(value) ? ROLE_LABELS[value] : undefined),
};

/**
 * Codes the platform itself answers with (the store, the HTTP edge), whatever context a route
 * belongs to. A context's own catalogue comes first: two contexts may word the same code
 * differently (`not-your-division`), so each context passes its catalogue when it is registered
 * (`EventSourcedContextModule.register({ errorMessages })`) and the catalogue of the context
 * whose route answers is the one used (`ContextErrorMessagesInterceptor`).
 */
export const PLATFORM_ERROR_MESSAGES: ErrorMessageCatalogue = {
  'concurrency-conflict': {
    zh: '数据已被他人修改，请刷新后重试',
    en: 'the data was changed by someone else; reload and retry',
  },
  'wrong-expected-version': {
    zh: '数据已被他人修改，请刷新后重试',
    en: 'the data was changed by someone else; reload and retry',
  },
  'forbidden-role': { zh: '当前角色无权执行此操作', en: 'your role may not do this' },
  'not-found': { zh: '未找到：{id}', en: 'not found: {id}' },
  'malformed-json': {
    zh: '请求体不是合法的 JSON：{reason}',
    en: 'the request body is not valid JSON: {reason}',
  },
  'internal-error': {
    zh: '服务器内部错误，请稍后重试；如持续出现请联系管理员',
    en: 'internal error; retry later and contact the administrator if it persists',
  },
};

export function renderTemplate(
  template: string,
  details: Record<string, unknown>,
  language: keyof LocalizedMessage = 'zh',
  labels: DetailLabels = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in details)) return whole;
    const label = Object.hasOwn(labels, name) ? labels[name](details[name], details) : undefined;
    return label ? label[language] : formatDetail(details[name], details);
  });
}

function formatDetail(value: unknown, details: DetailsWithNames): string {
  if (Array.isArray(value)) return value.map((item) => formatDetail(item, details)).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return typeof value === 'string' ? namedId(value, details) : String(value);
}

/**
 * The message of `code`: from the answering context's catalogue, else the platform's, else a
 * generic refusal naming the code. Never from another context's catalogue.
 */
export function localize(
  code: string,
  details: Record<string, unknown> = {},
  contextMessages: ErrorMessageCatalogue = {},
  contextLabels: DetailLabels = {},
): LocalizedMessage {
  const message = Object.hasOwn(contextMessages, code)
    ? contextMessages[code]
    : Object.hasOwn(PLATFORM_ERROR_MESSAGES, code)
      ? PLATFORM_ERROR_MESSAGES[code]
      : undefined;
  if (!message) return { zh: `请求被拒绝（${code}）`, en: `request refused (${code})` };
  const labels = { ...PLATFORM_DETAIL_LABELS, ...contextLabels };
  return {
    zh: renderTemplate(message.zh, details, 'zh', labels),
    en: renderTemplate(message.en, details, 'en', labels),
  };
}
