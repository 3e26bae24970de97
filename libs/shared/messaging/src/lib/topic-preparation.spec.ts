import { KafkaJSProtocolError } from 'kafkajs';

/** kafkajs builds its protocol errors from the broker's error code entry; its typings only say Error. */
const protocolError = (entry: { type: string; code: number; retriable: boolean; message: string }) =>
  new KafkaJSProtocolError(entry as unknown as Error);
import { createTopicsWithLeaders } from './topic-preparation';

// The broker's side of the race, scripted: the real broker only shows it now and then (CI saw it
// once), so the retry is pinned here and the real-broker race is in kafka-event-bus.int-spec.
function scriptedAdmin(metadataAnswers: (() => unknown)[]) {
  const created: string[] = [];
  const admin = {
    listTopics: async () => [...created],
    createTopics: async ({ topics }: { topics: { topic: string }[] }) => {
      created.push(...topics.map((t) => t.topic));
      return true;
    },
    fetchTopicMetadata: async () => {
      const next = metadataAnswers.shift();
      if (!next) throw new Error('asked for metadata more often than scripted');
      return next() as never;
    },
  };
  return { admin, created };
}

const unknownTopic = () => {
  throw protocolError({
    type: 'UNKNOWN_TOPIC_OR_PARTITION',
    code: 3,
    retriable: true,
    message: 'This server does not host this topic-partition',
  });
};
const leaders = (leader: number) => () => ({
  topics: [{ name: 'sales.org.events', partitions: [{ partitionId: 0, leader }] }],
});
const noSleep = async () => undefined;

describe('createTopicsWithLeaders', () => {
  it('waits through UNKNOWN_TOPIC_OR_PARTITION and leaderless partitions until every partition has a leader', async () => {
    const { admin, created } = scriptedAdmin([unknownTopic, unknownTopic, leaders(-1), leaders(1)]);
    await createTopicsWithLeaders(admin, [{ topic: 'sales.org.events', numPartitions: 1 }], {
      sleep: noSleep,
    });
    expect(created).toEqual(['sales.org.events']);
  });

  it('throws a non-retriable error at once', async () => {
    const refused = () => {
      throw protocolError({
        type: 'TOPIC_AUTHORIZATION_FAILED',
        code: 29,
        retriable: false,
        message: 'Not authorized to access topics',
      });
    };
    const { admin } = scriptedAdmin([refused, leaders(1)]);
    await expect(
      createTopicsWithLeaders(admin, [{ topic: 'sales.org.events', numPartitions: 1 }], { sleep: noSleep }),
    ).rejects.toThrow('Not authorized');
  });

  it('gives up after the timeout, naming the topics still without a leader', async () => {
    const { admin } = scriptedAdmin(Array.from({ length: 50 }, () => leaders(-1)));
    let now = 0;
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      await expect(
        createTopicsWithLeaders(admin, [{ topic: 'sales.org.events', numPartitions: 1 }], {
          timeoutMs: 1_000,
          sleep: async (ms) => void (now += ms),
        }),
      ).rejects.toThrow('topics without a leader after 1000 ms: sales.org.events');
    } finally {
      clock.mockRestore();
    }
  });
});
