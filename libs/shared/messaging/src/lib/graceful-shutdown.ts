export type Closeable = Readonly<{ close: () => Promise<void> }> | (() => Promise<void>);

export type GracefulShutdownOptions = Readonly<{
  signals?: readonly NodeJS.Signals[];
  /** After this long the process exits anyway (Kubernetes sends SIGKILL after its grace period). */
  timeoutMs?: number;
  exit?: (code: number) => void;
  log?: (line: string) => void;
}>;

/**
 * On SIGTERM/SIGINT close everything in the given order (e.g. relay, consumers, bus, store) and
 * exit 0; exit 1 if a close fails, the timeout passes, or a second signal arrives. Returns a
 * function that removes the handlers.
 */
export function installGracefulShutdown(
  closeables: readonly Closeable[],
  options: GracefulShutdownOptions = {},
): () => void {
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const timeoutMs = options.timeoutMs ?? 25_000;
  let shuttingDown = false;

  const onSignal = (signal: NodeJS.Signals): void => {
    if (shuttingDown) {
      log(
        JSON.stringify({
          level: 'warn',
          time: new Date().toISOString(),
          msg: `second ${signal}: exiting now`,
        }),
      );
      exit(1);
      return;
    }
    shuttingDown = true;
    log(JSON.stringify({ level: 'info', time: new Date().toISOString(), msg: `${signal}: shutting down` }));
    const timer = setTimeout(() => {
      log(
        JSON.stringify({
          level: 'error',
          time: new Date().toISOString(),
          msg: `shutdown took longer than ${timeoutMs} ms`,
        }),
      );
      exit(1);
    }, timeoutMs);
    timer.unref();
    void (async () => {
      let code = 0;
      for (const closeable of closeables) {
        try {
          await (typeof closeable === 'function' ? closeable() : closeable.close());
        } catch (error) {
          code = 1;
          log(
            JSON.stringify({
              level: 'error',
              time: new Date().toISOString(),
              msg: `shutdown: ${String(error)}`,
            }),
          );
        }
      }
      clearTimeout(timer);
      exit(code);
    })();
  };

  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}
