import type { GeneratedEvent } from './published-events.generator';
import { contextTopic } from '@sales/shared/event-sourcing';
import { KafkaEventBus, splitBySize, toTransportMessage } from '@sales/shared/messaging';
import { testKafkaBrokers } from '@sales/shared/testing';
import { CompressionTypes, Kafka, logLevel } from 'kafkajs';

/** Partitions of each replayed topic, as the services create them (KAFKA_TOPIC_PARTITIONS default). */
const PARTITIONS = 3;

/**
 * Puts generated published events on the platform's topics the way the contexts' relays do —
 * CloudEvents binary mode, key = stream id, in order per stream — with a bare kafkajs producer
 * (acks=all, idempotent, one request in flight). Answers the number of events per topic.
 */
export async function produceReplay(
  topicPrefix: string,
  events: readonly GeneratedEvent[],
): Promise<Record<string, number>> {
  const byTopic = new Map<string, GeneratedEvent[]>();
  for (const event of events) {
    const topic = topicPrefix + contextTopic(event.context);
    const list = byTopic.get(topic);
    if (list) list.push(event);
    else byTopic.set(topic, [event]);
  }
  // The topics and their dead-letter topics exist, with leaders, before anything is sent.
  const bus = new KafkaEventBus({ brokers: testKafkaBrokers(), clientId: 'kpi-replay-topics' });
  try {
    await bus.ensureTopics([...byTopic.keys()], PARTITIONS);
  } finally {
    await bus.close();
  }
  const kafka = new Kafka({ clientId: 'kpi-replay', brokers: testKafkaBrokers(), logLevel: logLevel.WARN });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    for (const [topic, list] of byTopic) {
      const messages = list.map(({ envelope }) => toTransportMessage(envelope));
      for (const chunk of splitBySize(messages, 512 * 1024))
        await producer.send({
          topic,
          acks: -1,
          compression: CompressionTypes.None,
          messages: chunk.map((m) => ({ key: m.key, value: m.value, headers: { ...m.headers } })),
        });
    }
  } finally {
    await producer.disconnect();
  }
  return Object.fromEntries([...byTopic].map(([topic, list]) => [topic, list.length]));
}
