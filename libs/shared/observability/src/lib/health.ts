/** Something `/health/ready` must see answering: the event store, the broker. */
export type ReadinessCheck = Readonly<{ name: string; check: () => Promise<void> }>;

export type ReadinessReport = Readonly<{
  status: 'ok' | 'unavailable';
  checks: Record<string, { status: 'ok' | 'unavailable'; error?: string; ms: number }>;
}>;

export async function runReadinessChecks(
  checks: readonly ReadinessCheck[],
  timeoutMs = 2_000,
): Promise<ReadinessReport> {
  const results = await Promise.all(
    checks.map(async ({ name, check }) => {
      const started = Date.now();
      try {
        await Promise.race([
          check(),
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref(),
          ),
        ]);
        return [name, { status: 'ok' as const, ms: Date.now() - started }] as const;
      } catch (error) {
        return [
          name,
          { status: 'unavailable' as const, error: (error as Error).message, ms: Date.now() - started },
        ] as const;
      }
    }),
  );
  return {
    status: results.every(([, r]) => r.status === 'ok') ? 'ok' : 'unavailable',
    checks: Object.fromEntries(results),
  };
}
