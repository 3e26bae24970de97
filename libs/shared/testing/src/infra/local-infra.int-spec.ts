import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import { testKafkaBrokers, testMongoUri } from './test-infra-addresses';
import { uniqueName } from './unique-name';

// The integration servers behave as the adapters' tests assume: Kafka auto-creates topics with
// three partitions and delivers to a consumer group; the MongoDB-wire server stores and enforces unique indexes.
describe('local integration infrastructure', () => {
  it('Kafka round-trips a keyed message with headers through a consumer group', async () => {
    const kafka = new Kafka({
      clientId: 'infra-int-spec',
      brokers: testKafkaBrokers(),
      logLevel: logLevel.NOTHING,
    });
    const topic = uniqueName('infra-topic');
    const admin = kafka.admin();
    const producer = kafka.producer({ allowAutoTopicCreation: true });
    const consumer = kafka.consumer({ groupId: uniqueName('infra-group') });
    try {
      await Promise.all([admin.connect(), producer.connect(), consumer.connect()]);
      await admin.createTopics({ topics: [{ topic }], waitForLeaders: true });
      const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
      expect(metadata.partitions).toHaveLength(3);

      await consumer.subscribe({ topic, fromBeginning: true });
      const received = new Promise<{ key: string; value: string; header: string }>((resolve) => {
        void consumer.run({
          eachMessage: async ({ message }) =>
            resolve({
              key: String(message.key),
              value: String(message.value),
              header: String(message.headers?.['ce_type']),
            }),
        });
      });
      await producer.send({
        topic,
        messages: [{ key: 'agg-1', value: '{"n":1}', headers: { ce_type: 'infra.Probed.v1' } }],
      });

      await expect(received).resolves.toEqual({ key: 'agg-1', value: '{"n":1}', header: 'infra.Probed.v1' });
    } finally {
      await Promise.all([consumer.disconnect(), producer.disconnect()]);
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await admin.disconnect();
    }
  });

  it('the MongoDB-wire server stores documents and rejects a duplicate key of a unique index', async () => {
    const dbName = uniqueName('infra-db');
    const connection = await mongoose.createConnection(testMongoUri(dbName)).asPromise();
    try {
      const commits = connection.collection('commits');
      await commits.createIndex({ streamId: 1, version: 1 }, { unique: true });
      await commits.insertOne({ streamId: 's-1', version: 0, events: [{ type: 'Opened' }] });

      await expect(commits.insertOne({ streamId: 's-1', version: 0, events: [] })).rejects.toMatchObject({
        code: 11000,
      });
      expect(await commits.countDocuments({ streamId: 's-1' })).toBe(1);
    } finally {
      await connection.dropDatabase();
      await connection.close();
    }
  });
});
