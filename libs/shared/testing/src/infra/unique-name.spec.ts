import { uniqueName } from './unique-name';

describe('uniqueName', () => {
  it('starts with the prefix and differs on every call', () => {
    const names = Array.from({ length: 1000 }, () => uniqueName('org-events'));
    expect(new Set(names).size).toBe(1000);
    for (const name of names) expect(name.startsWith('org-events-')).toBe(true);
  });

  it('is valid as a Kafka topic, a consumer group and a MongoDB database name', () => {
    expect(uniqueName('targets_read-model')).toMatch(/^[A-Za-z0-9_-]{1,63}$/);
  });

  it.each(['', '-lead', 'sales.org', 'has space', 'a/b'])('rejects the prefix %p', (prefix) => {
    expect(() => uniqueName(prefix)).toThrow(/invalid uniqueName prefix/);
  });

  it('rejects a prefix that would push the name past 63 characters', () => {
    expect(() => uniqueName('p'.repeat(50))).toThrow(/too long/);
  });
});
