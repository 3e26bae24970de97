import { loadavg } from 'node:os';

export type Percentiles = {
  n: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
};

/** Nearest-rank percentiles of latencies in milliseconds (0 when there are none). */
export function percentiles(samplesMs: readonly number[]): Percentiles {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const mean = sorted.length === 0 ? 0 : sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  return {
    n: sorted.length,
    p50Ms: roundTo(rank(50), 2),
    p90Ms: roundTo(rank(90), 2),
    p99Ms: roundTo(rank(99), 2),
    maxMs: roundTo(sorted.at(-1) ?? 0, 2),
    meanMs: roundTo(mean, 2),
  };
}

export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** os.loadavg() (1, 5, 15 minutes), two decimals. */
export function loadAverage(): number[] {
  return loadavg().map((x) => roundTo(x, 2));
}
