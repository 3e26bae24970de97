import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded standalone mode on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'standalone', port: 3000, dataDir: './data', businessTimeZone: 'Asia/Shanghai', demo: false });
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
      loadConfig({ SALES_MODE: 'distributed', PORT: 'eighty', KAFKA_BROKERS: 'nohost', LOG_LEVEL: 'loud', BUSINESS_TIMEZONE: 'Mars/Base' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const text = (error as ConfigError).message;
      for (const name of ['PORT', 'KAFKA_BROKERS', 'MONGODB_URI', 'AUTH_JWKS_URL', 'LOG_LEVEL', 'BUSINESS_TIMEZONE']) expect(text).toContain(name);
    }
  });

  it('refuses an unknown mode', () => {
    expect(() => loadConfig({ SALES_MODE: 'cluster' })).toThrow(/SALES_MODE/);
  });
});
