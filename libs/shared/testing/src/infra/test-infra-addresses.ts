// Where integration tests find the real servers: the same env names the services read, defaulting
// to the local deploy/local infrastructure (always 127.0.0.1, never localhost).

const DEFAULT_KAFKA_BROKERS = '127.0.0.1:9092';
const DEFAULT_MONGODB_URI = 'mongodb://127.0.0.1:27017/';

/** Kafka bootstrap brokers for tests: `KAFKA_BROKERS` (comma-separated) or the local broker. */
export function testKafkaBrokers(): string[] {
  return (process.env['KAFKA_BROKERS'] || DEFAULT_KAFKA_BROKERS)
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
}

// Portable database names: MongoDB allows more, but these are safe on every server and file system.
const DATABASE_NAME = /^[A-Za-z0-9_-]{1,63}$/;

/**
 * A MongoDB URI for tests pointing at `dbName`: `MONGODB_URI` or the local MongoDB-wire server, with its
 * database path replaced and its query options kept.
 */
export function testMongoUri(dbName: string): string {
  if (!DATABASE_NAME.test(dbName)) {
    throw new Error(`invalid test database name "${dbName}": use 1-63 of A-Z a-z 0-9 _ -`);
  }
  const base = process.env['MONGODB_URI'] || DEFAULT_MONGODB_URI;
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/.exec(base);
  if (!match) throw new Error(`MONGODB_URI is not a mongodb:// URI: ${base}`);
  const [, hosts, query = ''] = match;
  return `${hosts}/${dbName}${query}`;
}
