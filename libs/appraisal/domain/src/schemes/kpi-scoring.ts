import type { KpiLine } from './appraisal';
import { type Exact, HUNDRED, ZERO, cmp, div, exact, mul, sub, toFixed, toText } from './exact-decimal';
import type { SchemeKpi, ScoringCurve } from './scheme-version';

/** Points rounded to 2 places as they are shown and summed (half-up). */
const POINT_PLACES = 2;

/** A KPI's line: its value on the scheme's curve, then × weight ÷ 100 (exact). */
export function scoreKpi(
  kpi: SchemeKpi,
  value: string | null | undefined,
): { line: KpiLine; weighted: Exact } {
  const { points, how } = pointsOn(kpi.curve, value ?? null);
  const shown = exact(toFixed(points, POINT_PLACES));
  const weighted = div(mul(shown, exact(kpi.weightPercent)), HUNDRED);
  const line: KpiLine = {
    figureId: kpi.figureId,
    value: value ?? null,
    points: toFixed(shown, POINT_PLACES),
    weightPercent: kpi.weightPercent,
    weighted: toFixed(weighted, 4),
    how,
  };
  return { line, weighted };
}

function pointsOn(curve: ScoringCurve, value: string | null): { points: Exact; how: string } {
  if (value === null) return { points: ZERO, how: '无数值 → 0 分' };
  const v = exact(value);
  switch (curve.kind) {
    case 'linear':
      return linearPoints(curve, v, value);
    case 'bands':
      return bandPoints(curve.bands, v, value);
  }
}

/**
 * 0 at or beyond the floor, 100 at target, straight between; past target the same slope up to
 * the cap's points (100 without a cap). Works both ways: a floor above target means lower is better.
 */
function linearPoints(
  curve: Extract<ScoringCurve, { kind: 'linear' }>,
  v: Exact,
  text: string,
): { points: Exact; how: string } {
  const floor = exact(curve.floor);
  const target = exact(curve.target);
  const along = (x: Exact) => mul(div(sub(x, floor), sub(target, floor)), HUNDRED);
  const ceiling = curve.cap === undefined ? HUNDRED : along(exact(curve.cap));
  const raw = along(v);
  const formula = `(${text} − ${curve.floor}) ÷ (${curve.target} − ${curve.floor}) × 100`;
  if (cmp(raw, ZERO) <= 0) return { points: ZERO, how: `${text} 未超过下限 ${curve.floor} → 0 分` };
  if (cmp(raw, ceiling) >= 0) {
    const limit = curve.cap === undefined ? `目标 ${curve.target}` : `封顶 ${curve.cap}`;
    return { points: ceiling, how: `${text} 达到${limit} → ${toFixed(ceiling, POINT_PLACES)} 分` };
  }
  return { points: raw, how: `${formula} = ${toFixed(raw, POINT_PLACES)} 分` };
}

function bandPoints(
  bands: Extract<ScoringCurve, { kind: 'bands' }>['bands'],
  v: Exact,
  text: string,
): { points: Exact; how: string } {
  const reached = [...bands].reverse().find((band) => cmp(v, exact(band.from)) >= 0);
  if (!reached) return { points: ZERO, how: `${text} 低于首档 ${bands[0]?.from ?? '—'} → 0 分` };
  const points = exact(reached.points);
  return { points, how: `${text} ≥ ${reached.from} → ${toText(points)} 分` };
}
