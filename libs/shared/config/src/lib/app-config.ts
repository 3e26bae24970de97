/**
 * Runtime configuration, read and validated once at start-up (ARCHITECTURE.md §5). A wrong
 * setting stops the process with a message naming the variable.
 */
export type RuntimeMode = 'standalone' | 'distributed';

export type AppConfig = Readonly<{
  mode: RuntimeMode;
  port: number;
  /** Interface the HTTP server listens on (HOST; default 127.0.0.1 standalone, 0.0.0.0 distributed). */
  host: string;
  /** standalone: where the file-backed stores, the local issuer key and demo markers live. */
  dataDir: string;
  /** distributed */
  kafkaBrokers: readonly string[];
  /** Put before every topic name (isolated test runs, several environments on one cluster). */
  topicPrefix: string;
  /** Partitions of the topics a service creates when missing (KAFKA_TOPIC_PARTITIONS, default 3). */
  kafkaTopicPartitions: number;
  /**
   * How long the broker waits on a silent consumer before giving its partitions to others
   * (KAFKA_SESSION_TIMEOUT_MS, default 30 s; the broker accepts 6 s and up by default). A crashed
   * consumer's partitions wait this long for the restarted one.
   */
  kafkaSessionTimeoutMs?: number;
  mongoUri?: string;
  /** Name of the app, used for ce_source, consumer group ids and logs. */
  serviceName: string;
  auth: Readonly<{
    issuer: string;
    audience: string;
    /** Remote key set (OIDC provider) … */
    jwksUrl?: string;
    /** … or a local JWKS file; standalone uses its own local issuer when neither is set. */
    jwksFile?: string;
    /** Tokens must carry `exp`; one whose exp − iat exceeds this many seconds is refused (AUTH_MAX_TOKEN_LIFETIME_SECONDS, default 24 h). */
    maxTokenLifetimeSeconds: number;
  }>;
  /** The HTTP edge: request bodies over `bodyLimit` (HTTP_BODY_LIMIT, default 100kb) are answered 413. */
  http: Readonly<{ bodyLimit: string }>;
  /** Company zone for business dates (default Asia/Shanghai). */
  businessTimeZone: string;
  /**
   * `SALES_CLOCK`: the instant this process's clock starts at (it then runs with real time), for
   * test and demo processes that live on another day; refused when NODE_ENV is production.
   */
  clockStart?: Date;
  /**
   * `SALES_CLOCK_SINCE`: the real instant (ms since the epoch) at which the clock read
   * `SALES_CLOCK`; without it, the moment the process made its clock. Processes started together
   * on one test day share it, so their clocks agree whatever each took to boot.
   */
  clockSince?: number;
  /**
   * Commands on one stream queue in one process; an append race lost to another process is
   * retried `retries` times with jittered exponential backoff from `backoffMs`, then answered 409.
   */
  commandRetry: Readonly<{ retries: number; backoffMs: number }>;
  logLevel: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
  demo: boolean;
}>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  defaults: Partial<Pick<AppConfig, 'mode' | 'serviceName' | 'port'>> = {},
): AppConfig {
  const problems: string[] = [];
  const mode = (env['SALES_MODE'] ?? defaults.mode ?? 'standalone') as RuntimeMode;
  if (mode !== 'standalone' && mode !== 'distributed')
    problems.push(`SALES_MODE must be 'standalone' or 'distributed', got '${mode}'`);

  const portText = env['PORT'] ?? String(defaults.port ?? 3000);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push(`PORT must be an integer 0–65535, got '${portText}'`);

  const kafkaBrokers = (env['KAFKA_BROKERS'] ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  const mongoUri = env['MONGODB_URI'];
  if (mode === 'distributed') {
    if (kafkaBrokers.length === 0)
      problems.push('KAFKA_BROKERS is required in distributed mode (e.g. 127.0.0.1:9092)');
    if (!mongoUri)
      problems.push('MONGODB_URI is required in distributed mode (e.g. mongodb://127.0.0.1:27017/sales)');
    else if (!/^mongodb(\+srv)?:\/\//.test(mongoUri))
      problems.push(`MONGODB_URI must start with mongodb:// or mongodb+srv://, got '${mongoUri}'`);
    if (!env['AUTH_JWKS_URL'] && !env['AUTH_JWKS_FILE'])
      problems.push('AUTH_JWKS_URL or AUTH_JWKS_FILE is required in distributed mode');
  }
  for (const broker of kafkaBrokers) {
    if (!/^[^\s:]+:\d+$/.test(broker))
      problems.push(`KAFKA_BROKERS entries must be host:port, got '${broker}'`);
  }

  const host = (env['HOST'] ?? (mode === 'distributed' ? '0.0.0.0' : '127.0.0.1')).trim();
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host))
    problems.push(`HOST must be a host name or IP address, got '${env['HOST']}'`);
  const kafkaTopicPartitions = integerSetting(env, 'KAFKA_TOPIC_PARTITIONS', 3, 1, 10_000, problems);
  const kafkaSessionTimeoutMs = integerSetting(
    env,
    'KAFKA_SESSION_TIMEOUT_MS',
    30_000,
    6_000,
    300_000,
    problems,
  );

  const topicPrefix = env['KAFKA_TOPIC_PREFIX'] ?? '';
  if (!/^[A-Za-z0-9._-]*$/.test(topicPrefix))
    problems.push(`KAFKA_TOPIC_PREFIX may hold only letters, digits, '.', '_' and '-', got '${topicPrefix}'`);

  const logLevel = (env['LOG_LEVEL'] ?? 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got '${logLevel}'`);

  const businessTimeZone = env['BUSINESS_TIMEZONE'] ?? 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en', { timeZone: businessTimeZone });
  } catch {
    problems.push(`BUSINESS_TIMEZONE is not a known IANA zone: '${businessTimeZone}'`);
  }

  const clockText = env['SALES_CLOCK'];
  let clockStart: Date | undefined;
  if (clockText !== undefined && clockText !== '') {
    clockStart = new Date(clockText);
    if (env['NODE_ENV'] === 'production')
      problems.push(
        'SALES_CLOCK sets the clock of test and demo processes only; it is refused when NODE_ENV=production',
      );
    else if (
      !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(clockText) ||
      Number.isNaN(clockStart.getTime())
    )
      problems.push(
        `SALES_CLOCK must be an ISO-8601 instant with its zone (e.g. 2027-01-15T09:00:00+08:00), got '${clockText}'`,
      );
  }

  const sinceText = env['SALES_CLOCK_SINCE'];
  let clockSince: number | undefined;
  if (sinceText !== undefined && sinceText !== '') {
    clockSince = Number(sinceText);
    if (clockStart === undefined || !/^\d{13}$/.test(sinceText))
      problems.push(
        `SALES_CLOCK_SINCE must be the real instant (ms since the epoch, 13 digits) at which SALES_CLOCK held, and needs SALES_CLOCK; got '${sinceText}'`,
      );
  }

  const retries = integerSetting(env, 'COMMAND_RETRIES', 10, 0, 100, problems);
  const backoffMs = integerSetting(env, 'COMMAND_RETRY_BACKOFF_MS', 5, 1, 1000, problems);
  const maxTokenLifetimeSeconds = integerSetting(
    env,
    'AUTH_MAX_TOKEN_LIFETIME_SECONDS',
    24 * 3600,
    60,
    366 * 24 * 3600,
    problems,
  );
  const bodyLimit = (env['HTTP_BODY_LIMIT'] ?? '100kb').trim().toLowerCase();
  if (!/^\d+(b|kb|mb)$/.test(bodyLimit))
    problems.push(`HTTP_BODY_LIMIT must be a size like 100kb or 1mb, got '${env['HTTP_BODY_LIMIT']}'`);

  if (problems.length > 0) throw new ConfigError(problems);

  return {
    mode,
    port,
    host,
    dataDir: env['DATA_DIR'] ?? './data',
    kafkaBrokers,
    topicPrefix,
    kafkaTopicPartitions,
    kafkaSessionTimeoutMs,
    mongoUri,
    serviceName: env['SERVICE_NAME'] ?? defaults.serviceName ?? 'standalone',
    auth: {
      issuer: env['AUTH_ISSUER'] ?? 'urn:sales:local-issuer',
      audience: env['AUTH_AUDIENCE'] ?? 'sales-platform',
      jwksUrl: env['AUTH_JWKS_URL'],
      jwksFile: env['AUTH_JWKS_FILE'],
      maxTokenLifetimeSeconds,
    },
    http: { bodyLimit },
    businessTimeZone,
    ...(clockStart ? { clockStart } : {}),
    ...(clockSince !== undefined ? { clockSince } : {}),
    commandRetry: { retries, backoffMs },
    logLevel,
    demo: ['1', 'true', 'yes'].includes((env['SALES_DEMO'] ?? '').toLowerCase()),
  };
}

/** An optional whole-number setting within [min, max]; a wrong value is added to `problems`. */
function integerSetting(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, got '${env[name]}'`);
    return fallback;
  }
  return value;
}
