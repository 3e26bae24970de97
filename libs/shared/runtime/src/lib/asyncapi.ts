import { type PublishedEventSpec, bilingual } from '@sales/shared/domain';
import { cloudEventType, contextTopic } from '@sales/shared/event-sourcing';

/** The CloudEvents binary-mode headers every message carries (ARCHITECTURE.md §3). */
const CLOUD_EVENT_HEADERS = {
  type: 'object',
  required: ['ce_specversion', 'ce_id', 'ce_type', 'ce_source', 'ce_subject', 'ce_time', 'content-type'],
  properties: {
    ce_specversion: { type: 'string', const: '1.0' },
    ce_id: {
      type: 'string',
      description: '事件 ID（UUID），消费者据此去重 / event id; consumers deduplicate by it',
    },
    ce_type: { type: 'string', description: '<context>.<Type>.v<n>' },
    ce_source: { type: 'string', description: '/sales/<context>' },
    ce_subject: {
      type: 'string',
      description: '聚合 ID，也是 Kafka 消息键 / aggregate id, also the Kafka key',
    },
    ce_time: { type: 'string', format: 'date-time' },
    ce_sequence: { type: 'string', description: '聚合内版本号 / version within the aggregate' },
    ce_correlationid: { type: 'string' },
    ce_causationid: { type: 'string' },
    ce_actorid: { type: 'string', description: '操作人 / who acted' },
    ce_actorrole: { type: 'string', description: '操作人角色 / under which role' },
    ce_actordivision: { type: 'string' },
    'content-type': { type: 'string', const: 'application/json' },
    traceparent: { type: 'string', description: 'W3C trace context' },
  },
} as const;

/**
 * AsyncAPI 3.0 of every published event, generated from the `events` libs' catalogues: one
 * channel per context topic, one message per event type and version, payload = JSON Schema of data.
 */
export function buildAsyncApi(
  catalogue: readonly PublishedEventSpec[],
  info: { title: string; version: string },
) {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const contexts = [...new Set(catalogue.map((e) => e.context))].sort();

  for (const context of contexts) {
    const topic = contextTopic(context);
    const events = catalogue.filter((e) => e.context === context);
    const channelMessages: Record<string, unknown> = {};
    for (const event of events) {
      const id = messageId(event);
      messages[id] = {
        name: cloudEventType(event),
        title: event.type,
        summary: bilingual(event.summary),
        contentType: 'application/json',
        headers: CLOUD_EVENT_HEADERS,
        payload: { schemaFormat: 'application/schema+json;version=draft-2020-12', schema: event.schema },
        bindings: {
          kafka: {
            key: { type: 'string', description: 'aggregate id (ce_subject)' },
            bindingVersion: '0.5.0',
          },
        },
      };
      channelMessages[id] = { $ref: `#/components/messages/${id}` };
    }
    channels[context] = {
      address: topic,
      title: `${context} events`,
      messages: channelMessages,
      bindings: { kafka: { topic, bindingVersion: '0.5.0' } },
    };
    operations[`receive${capitalise(context)}Events`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${context}` },
      summary: `订阅 ${context} 上下文发布的事件 / subscribe to the events the ${context} context publishes`,
      messages: Object.keys(channelMessages).map((id) => ({ $ref: `#/channels/${context}/messages/${id}` })),
    };
  }

  return {
    asyncapi: '3.0.0',
    info: {
      ...info,
      description:
        '业务部管理平台发布的全部事件（CloudEvents 1.0 二进制模式，键 = 聚合 ID）/ Every event the sales platform publishes (CloudEvents 1.0 binary mode, key = aggregate id).',
    },
    defaultContentType: 'application/json',
    servers: {
      kafka: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'KAFKA_BROKERS of the deployment' },
    },
    channels,
    operations,
    components: { messages },
  };
}

function messageId(event: PublishedEventSpec): string {
  return `${event.context}.${event.type}.v${event.schemaVersion}`.replace(/\./g, '_');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
