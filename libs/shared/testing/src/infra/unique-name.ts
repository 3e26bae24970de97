import { randomBytes } from 'node:crypto';

// Kafka topics and groups allow more characters, but portable database names allow only these, so
// one name works as a topic, a consumer group and a database.
const PREFIX = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const MAX_LENGTH = 63;

let sequence = 0;

/**
 * A name no other test run (or parallel jest worker) uses: `<prefix>-<time>-<random><seq>`.
 * For topics, consumer groups and databases, so suites never see each other's data.
 */
export function uniqueName(prefix: string): string {
  if (!PREFIX.test(prefix)) {
    throw new Error(
      `invalid uniqueName prefix "${prefix}": start with a letter or digit, then A-Z a-z 0-9 _ -`,
    );
  }
  sequence += 1;
  const name = `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}${sequence.toString(36)}`;
  if (name.length > MAX_LENGTH) {
    throw new Error(`uniqueName prefix "${prefix}" is too long: "${name}" exceeds ${MAX_LENGTH} characters`);
  }
  return name;
}
