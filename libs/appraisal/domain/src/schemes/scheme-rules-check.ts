import { KPI_FIGURE_IDS } from '@sales/appraisal/events';
import { DomainError } from '@sales/shared/domain';
import { checkCommissionTable } from './commission-table-check';
import { checkNumber, checkText } from './scheme-field-checks';
import { cmp, exact, isDecimalText } from './exact-decimal';
import type { GradeBand, SchemeKpi, SchemeRules, ScoringCurve } from './scheme-version';

/** Figures that are distributions (P5.byGrade, P6): no single value a curve could score. */
const UNSCORABLE_FIGURES: readonly string[] = ['P5.byGrade', 'P6'];

/**
 * Every rule a scheme must meet before it is set or revised, each refusal naming the field (in the
 * request's own path, e.g. `kpis[1].curve.floor`) and the offending value.
 */
export function checkSchemeRules(rules: SchemeRules): void {
  if (!rules.name?.trim()) throw new DomainError('scheme-field-required', { field: 'name' });
  if (rules.appliesTo !== 'salesperson' && rules.appliesTo !== 'division_manager') {
    throw new DomainError('scheme-applies-to-invalid', {
      field: 'appliesTo',
      appliesTo: String(rules.appliesTo),
    });
  }
  if (!rules.kpis?.length) throw new DomainError('scheme-field-required', { field: 'kpis' });
  const seen = new Set<string>();
  rules.kpis.forEach((kpi, i) => {
    checkKpi(kpi, `kpis[${i}]`);
    if (seen.has(kpi.figureId)) {
      throw new DomainError('scheme-kpi-duplicate', { field: `kpis[${i}].figureId`, figureId: kpi.figureId });
    }
    seen.add(kpi.figureId);
  });
  checkNumber(rules.qualitativeWeightPercent, 'qualitativeWeightPercent', 0, 100, 2);
  assertWeightsMakeWhole(rules);
  checkGradeBands(rules.gradeBands);
  checkMiss(rules);
  checkText(rules.ladder?.help?.text, 'ladder.help.text');
  checkText(rules.ladder?.penalty?.text, 'ladder.penalty.text');
  checkText(rules.ladder?.eliminationWarning?.text, 'ladder.eliminationWarning.text');
  if (rules.ladder.penalty.amountMinor !== undefined) {
    checkNumber(
      rules.ladder.penalty.amountMinor,
      'ladder.penalty.amountMinor',
      0,
      Number.MAX_SAFE_INTEGER,
      0,
    );
  }
  checkCommissionTable(rules.commission);
}

/**
 * The KPI weights and the qualitative weight make exactly 100% — summed on hundredths of a percent
 * (integers), so 33.33 + 33.33 + 33.34 is 100 and no float rounding can pass 99.999…
 */
function assertWeightsMakeWhole(rules: SchemeRules): void {
  const hundredths = (percent: number) => Number(exact(percent).n * (100n / exact(percent).d));
  const sum =
    rules.kpis.reduce((total, kpi) => total + hundredths(kpi.weightPercent), 0) +
    hundredths(rules.qualitativeWeightPercent);
  if (sum !== 10_000) {
    throw new DomainError('scheme-weights-not-100', {
      field: 'weightPercent',
      sumPercent: (sum / 100).toFixed(2).replace(/\.?0+$/, ''),
    });
  }
}

function checkKpi(kpi: SchemeKpi, at: string): void {
  if (!(KPI_FIGURE_IDS as readonly string[]).includes(kpi.figureId)) {
    throw new DomainError('scheme-unknown-figure', {
      field: `${at}.figureId`,
      figureId: String(kpi.figureId),
    });
  }
  if (UNSCORABLE_FIGURES.includes(kpi.figureId)) {
    throw new DomainError('scheme-figure-not-scorable', { field: `${at}.figureId`, figureId: kpi.figureId });
  }
  checkNumber(kpi.weightPercent, `${at}.weightPercent`, 0, 100, 2);
  checkCurve(kpi.curve, `${at}.curve`);
}

function checkCurve(curve: ScoringCurve, at: string): void {
  switch (curve?.kind) {
    case 'linear': {
      for (const key of ['floor', 'target', 'cap'] as const) {
        const value = curve[key];
        if (key === 'cap' && value === undefined) continue;
        if (!isDecimalText(value))
          throw new DomainError('scheme-decimal-invalid', { field: `${at}.${key}`, value: String(value) });
      }
      const floor = exact(curve.floor);
      const target = exact(curve.target);
      const rising = cmp(target, floor);
      if (rising === 0)
        throw new DomainError('scheme-curve-flat', {
          field: `${at}.target`,
          floor: curve.floor,
          target: curve.target,
        });
      if (curve.cap !== undefined && cmp(exact(curve.cap), target) * rising <= 0) {
        throw new DomainError('scheme-cap-not-beyond-target', {
          field: `${at}.cap`,
          cap: curve.cap,
          target: curve.target,
        });
      }
      return;
    }
    case 'bands': {
      if (!curve.bands?.length) throw new DomainError('scheme-field-required', { field: `${at}.bands` });
      curve.bands.forEach((band, i) => {
        if (!isDecimalText(band.from)) {
          throw new DomainError('scheme-decimal-invalid', {
            field: `${at}.bands[${i}].from`,
            value: String(band.from),
          });
        }
        checkNumber(band.points, `${at}.bands[${i}].points`, 0, 1000, 2);
        const previous = curve.bands[i - 1];
        if (previous && cmp(exact(band.from), exact(previous.from)) <= 0) {
          throw new DomainError('scheme-bands-unsorted', {
            field: `${at}.bands[${i}].from`,
            from: band.from,
            previousFrom: previous.from,
          });
        }
      });
      return;
    }
    default:
      throw new DomainError('scheme-curve-kind-invalid', {
        field: `${at}.kind`,
        kind: String((curve as { kind?: unknown })?.kind),
      });
  }
}

/** Highest first, strictly falling, each grade named once, the last from 0 (every score has a grade). */
function checkGradeBands(bands: readonly GradeBand[]): void {
  if (!bands?.length) throw new DomainError('scheme-field-required', { field: 'gradeBands' });
  const names = new Set<string>();
  bands.forEach((band, i) => {
    checkText(band.grade, `gradeBands[${i}].grade`);
    if (names.has(band.grade)) {
      throw new DomainError('scheme-grade-duplicate', { field: `gradeBands[${i}].grade`, grade: band.grade });
    }
    names.add(band.grade);
    checkNumber(band.minScore, `gradeBands[${i}].minScore`, 0, 1000, 2);
    const previous = bands[i - 1];
    if (previous && band.minScore >= previous.minScore) {
      throw new DomainError('scheme-grade-bands-unsorted', {
        field: `gradeBands[${i}].minScore`,
        grade: band.grade,
        minScore: band.minScore,
        previousGrade: previous.grade,
        previousMinScore: previous.minScore,
      });
    }
  });
  const last = bands[bands.length - 1];
  if (last.minScore !== 0) {
    throw new DomainError('scheme-grade-bands-open', {
      field: `gradeBands[${bands.length - 1}].minScore`,
      grade: last.grade,
      minScore: last.minScore,
    });
  }
}

function checkMiss(rules: SchemeRules): void {
  const miss = rules.miss;
  if (miss?.kind === 'grades') {
    if (!miss.grades?.length) throw new DomainError('scheme-field-required', { field: 'miss.grades' });
    miss.grades.forEach((grade, i) => {
      if (!rules.gradeBands.some((band) => band.grade === grade)) {
        throw new DomainError('scheme-miss-grade-unknown', {
          field: `miss.grades[${i}]`,
          grade: String(grade),
        });
      }
    });
    return;
  }
  if (miss?.kind === 'score-below') {
    checkNumber(miss.score, 'miss.score', 0, 1000, 2);
    return;
  }
  throw new DomainError('scheme-miss-kind-invalid', {
    field: 'miss.kind',
    kind: String((miss as { kind?: unknown })?.kind),
  });
}
