import { testKafkaBrokers, testMongoUri } from './test-infra-addresses';

describe('test infrastructure addresses', () => {
  const saved = { brokers: process.env['KAFKA_BROKERS'], uri: process.env['MONGODB_URI'] };

  afterEach(() => {
    restore('KAFKA_BROKERS', saved.brokers);
    restore('MONGODB_URI', saved.uri);
  });

  function restore(name: string, value: string | undefined): void {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }

  describe('testKafkaBrokers', () => {
    it('defaults to the local broker on 127.0.0.1', () => {
      delete process.env['KAFKA_BROKERS'];
      expect(testKafkaBrokers()).toEqual(['127.0.0.1:9092']);
    });

    it('splits KAFKA_BROKERS and drops blanks', () => {
      process.env['KAFKA_BROKERS'] = '10.0.0.1:9092, 10.0.0.2:9092,';
      expect(testKafkaBrokers()).toEqual(['10.0.0.1:9092', '10.0.0.2:9092']);
    });
  });

  describe('testMongoUri', () => {
    it('defaults to the local MongoDB-wire server on 127.0.0.1', () => {
      delete process.env['MONGODB_URI'];
      expect(testMongoUri('org-test')).toBe('mongodb://127.0.0.1:27017/org-test');
    });

    it('replaces the database of MONGODB_URI and keeps its options', () => {
      process.env['MONGODB_URI'] = 'mongodb://u:p@h1:27017,h2:27017/prod?replicaSet=rs0&authSource=admin';
      expect(testMongoUri('kpi-test')).toBe(
        'mongodb://u:p@h1:27017,h2:27017/kpi-test?replicaSet=rs0&authSource=admin',
      );
    });

    it('adds a database to a URI without a path', () => {
      process.env['MONGODB_URI'] = 'mongodb://127.0.0.1:27018';
      expect(testMongoUri('x')).toBe('mongodb://127.0.0.1:27018/x');
    });

    it.each(['', 'has.dot', 'a/b', 'x'.repeat(64)])('rejects the database name %p', (name) => {
      expect(() => testMongoUri(name)).toThrow(/invalid test database name/);
    });

    it('rejects a MONGODB_URI that is not a mongodb:// URI', () => {
      process.env['MONGODB_URI'] = 'postgres://127.0.0.1/x';
      expect(() => testMongoUri('x')).toThrow(/not a mongodb:\/\/ URI/);
    });
  });
});
