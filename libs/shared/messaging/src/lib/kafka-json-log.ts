import { logLevel, type logCreator } from 'kafkajs';

export type JsonLineSink = (line: string) => void;

const LEVELS: Record<number, string> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/**
 * kafkajs logs as JSON lines (one object per line, like the services' pino logs) and only at
 * warn and above: its info level narrates every join and fetch.
 */
export function kafkaJsonLogCreator(
  sink: JsonLineSink = (line) => process.stderr.write(`${line}\n`),
): logCreator {
  return () =>
    ({ namespace, level, log }) => {
      if (level > logLevel.WARN || level === logLevel.NOTHING) return;
      const { message, timestamp, logger: _logger, ...extra } = log;
      sink(
        JSON.stringify({
          level: LEVELS[level] ?? 'warn',
          time: timestamp,
          component: 'kafkajs',
          namespace,
          msg: message,
          ...extra,
        }),
      );
    };
}
