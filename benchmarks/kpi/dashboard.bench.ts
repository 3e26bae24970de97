import { type Percentiles, percentiles } from '../spine/bench-stats';
import type { Call } from './kpi-bench-platform';
import { GENERATED_VP } from './visible.bench';

export type DashboardResult = Record<string, { query: string; samples: Percentiles; responseBytes: number }>;

const QUERIES = {
  /** The aim's query: one division's figures for a quarter (P1–P7, as the dashboard shows them). */
  divisionQuarter: '/kpi/figures?subject=division:gen-d-east&period=2027-Q1',
  /** For context: the whole company's year. */
  companyYear: '/kpi/figures?subject=company&period=2027',
  /** For context: one salesperson's quarter. */
  personQuarter: '/kpi/figures?subject=person:gen-p-s01&period=2027-Q2',
};

/**
 * Each query asked `samples` times back to back by one client (as the VP, with the year loaded and
 * the API's clock at the end of 2027, so asOf defaults to 2027-12-31), after 10 unmeasured ones.
 * Latency is the client's: request sent → body read, over loopback.
 */
export async function benchDashboard(
  kpi: Call,
  samples: number,
  only: readonly (keyof typeof QUERIES)[] = ['divisionQuarter', 'companyYear', 'personQuarter'],
): Promise<DashboardResult> {
  const result: DashboardResult = {};
  for (const name of only) {
    const query = QUERIES[name];
    const ms: number[] = [];
    let bytes = 0;
    for (let i = 0; i < samples + 10; i++) {
      const answer = await kpi('GET', query, GENERATED_VP);
      if (answer.status !== 200)
        throw new Error(`${query} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      if (i >= 10) ms.push(answer.ms);
      bytes = JSON.stringify(answer.body).length;
    }
    result[name] = { query, samples: percentiles(ms), responseBytes: bytes };
  }
  return result;
}
