import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded standalone mode on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: 'standalone',
      port: 3000,
      dataDir: './data',
      businessTimeZone: 'Asia/Shanghai',
      demo: false,
    });
  });

  it('reads the distributed settings', () => {
    const config = loadConfig({
      SALES_MODE: 'distributed',
      KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9093',
      MONGODB_URI: 'mongodb://127.0.0.1:27017/org',
      AUTH_JWKS_URL: 'https://idp.example/jwks',
      PORT: '8080',
    });
    expect(config.kafkaBrokers).toEqual(['127.0.0.1:9092', '127.0.0.1:9093']);
    expect(config.port).toBe(8080);
  });

  it('names every wrong variable at once', () => {
    try {
      loadConfig({
        SALES_MODE: 'distributed',
        PORT: 'eighty',
        KAFKA_BROKERS: 'nohost',
        LOG_LEVEL: 'loud',
        BUSINESS_TIMEZONE: 'Mars/Base',
      });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const text = (error as ConfigError).message;
      for (const name of [
        'PORT',
        'KAFKA_BROKERS',
        'MONGODB_URI',
        'AUTH_JWKS_URL',
        'LOG_LEVEL',
        'BUSINESS_TIMEZONE',
      ])
        expect(text).toContain(name);
    }
  });

  it('reads the command retry budget, defaulting to 10 retries from 5 ms', () => {
    expect(loadConfig({}).commandRetry).toEqual({ retries: 10, backoffMs: 5 });
    expect(loadConfig({ COMMAND_RETRIES: '0', COMMAND_RETRY_BACKOFF_MS: '20' }).commandRetry).toEqual({
      retries: 0,
      backoffMs: 20,
    });
  });

  it.each([
    ['COMMAND_RETRIES', 'ten', /COMMAND_RETRIES must be a whole number from 0 to 100, got 'ten'/],
    ['COMMAND_RETRIES', '-1', /COMMAND_RETRIES .* got '-1'/],
    ['COMMAND_RETRIES', '2.5', /COMMAND_RETRIES .* got '2.5'/],
    ['COMMAND_RETRIES', '101', /COMMAND_RETRIES .* got '101'/],
    [
      'COMMAND_RETRY_BACKOFF_MS',
      '0',
      /COMMAND_RETRY_BACKOFF_MS must be a whole number from 1 to 1000, got '0'/,
    ],
    ['COMMAND_RETRY_BACKOFF_MS', '5ms', /COMMAND_RETRY_BACKOFF_MS .* got '5ms'/],
  ])('refuses %s=%s naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('listens on loopback in standalone and on every interface in distributed mode unless HOST says otherwise', () => {
    const distributed = {
      SALES_MODE: 'distributed',
      KAFKA_BROKERS: '127.0.0.1:9092',
      MONGODB_URI: 'mongodb://127.0.0.1:27017/org',
      AUTH_JWKS_FILE: 'jwks.json',
    };
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig(distributed).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '::' }).host).toBe('::');
    expect(() => loadConfig({ HOST: 'http://example.com/' })).toThrow(
      /HOST must be a host name or IP address/,
    );
  });

  it('reads the partitions of topics a service creates, defaulting to 3', () => {
    expect(loadConfig({}).kafkaTopicPartitions).toBe(3);
    expect(loadConfig({ KAFKA_TOPIC_PARTITIONS: '12' }).kafkaTopicPartitions).toBe(12);
    expect(() => loadConfig({ KAFKA_TOPIC_PARTITIONS: '0' })).toThrow(
      /KAFKA_TOPIC_PARTITIONS must be a whole number from 1/,
    );
  });

  it('reads the HTTP body limit and the longest token lifetime, and refuses wrong values', () => {
    expect(loadConfig({}).http.bodyLimit).toBe('100kb');
    expect(loadConfig({ HTTP_BODY_LIMIT: '1MB' }).http.bodyLimit).toBe('1mb');
    expect(() => loadConfig({ HTTP_BODY_LIMIT: 'lots' })).toThrow(
      /HTTP_BODY_LIMIT must be a size like 100kb/,
    );
    expect(loadConfig({}).auth.maxTokenLifetimeSeconds).toBe(86400);
    expect(loadConfig({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: '3600' }).auth.maxTokenLifetimeSeconds).toBe(3600);
    expect(() => loadConfig({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: '1d' })).toThrow(
      /AUTH_MAX_TOKEN_LIFETIME_SECONDS must be a whole number/,
    );
  });

  it('sets the clock of a test or demo process with SALES_CLOCK, and refuses it in production', () => {
    expect(loadConfig({}).clockStart).toBeUndefined();
    expect(loadConfig({ SALES_CLOCK: '2027-01-15T09:00:00+08:00' }).clockStart?.toISOString()).toBe(
      '2027-01-15T01:00:00.000Z',
    );
    expect(() => loadConfig({ SALES_CLOCK: '2027-01-15T09:00:00+08:00', NODE_ENV: 'production' })).toThrow(
      /SALES_CLOCK .* refused when NODE_ENV=production/,
    );
    for (const bad of ['2027-01-15', '2027-13-45T09:00:00Z', 'tomorrow']) {
      expect(() => loadConfig({ SALES_CLOCK: bad })).toThrow(/SALES_CLOCK must be an ISO-8601 instant/);
    }
  });

  it('takes SALES_CLOCK_SINCE, the real instant SALES_CLOCK held at, only beside SALES_CLOCK', () => {
    const clock = '2027-01-15T09:00:00+08:00';
    expect(loadConfig({ SALES_CLOCK: clock, SALES_CLOCK_SINCE: '1795888800000' }).clockSince).toBe(
      1795888800000,
    );
    expect(() => loadConfig({ SALES_CLOCK_SINCE: '1795888800000' })).toThrow(
      /SALES_CLOCK_SINCE .* needs SALES_CLOCK/,
    );
    expect(() => loadConfig({ SALES_CLOCK: clock, SALES_CLOCK_SINCE: 'soon' })).toThrow(/SALES_CLOCK_SINCE/);
  });

  it('refuses an unknown mode', () => {
    expect(() => loadConfig({ SALES_MODE: 'cluster' })).toThrow(/SALES_MODE/);
  });
});
