import type { Admin } from 'kafkajs';

export type TopicSpec = Readonly<{ topic: string; numPartitions: number }>;

type TopicAdmin = Pick<Admin, 'listTopics' | 'createTopics' | 'fetchTopicMetadata'>;

export type TopicWait = Readonly<{ timeoutMs?: number; sleep?: (ms: number) => Promise<void> }>;

/**
 * Creates the topics that are missing and returns once every partition of every topic has a leader.
 * Services starting together create the same topics at once, and right after a creation a KRaft
 * broker may still answer UNKNOWN_TOPIC_OR_PARTITION, which kafkajs' own `waitForLeaders` gives up
 * on (an org-service crashed on it in CI): so the wait is ours, retrying any retriable error (with
 * backoff up to 1 s) until `timeoutMs` (default 30 s). A non-retriable error is thrown at once.
 */
export async function createTopicsWithLeaders(
  admin: TopicAdmin,
  topics: readonly TopicSpec[],
  { timeoutMs = 30_000, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)) }: TopicWait = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const existing = new Set(await admin.listTopics());
      const missing = topics.filter(({ topic }) => !existing.has(topic));
      if (missing.length > 0) await admin.createTopics({ waitForLeaders: false, topics: [...missing] });
      const metadata = await admin.fetchTopicMetadata({ topics: topics.map(({ topic }) => topic) });
      const leaderless = metadata.topics.filter(
        (t) => t.partitions.length === 0 || t.partitions.some((p) => p.leader < 0),
      );
      if (leaderless.length === 0) return;
      if (Date.now() > deadline)
        throw new Error(
          `topics without a leader after ${timeoutMs} ms: ${leaderless.map((t) => t.name).join(', ')}`,
        );
    } catch (error) {
      if (!(error as { retriable?: boolean }).retriable || Date.now() > deadline) throw error;
    }
    await sleep(Math.min(100 * 2 ** attempt, 1_000));
  }
}
