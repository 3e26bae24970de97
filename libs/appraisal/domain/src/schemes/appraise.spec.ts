import { DomainError } from '@sales/shared/domain';
import type { AppraisalInput } from './appraisal';
import { appraise } from './appraise';
import type { SchemeRules } from './scheme-version';
import { amounts, salesScheme } from './testing/scheme-fixtures';

const input = (
  figures: Record<string, string | null>,
  overrides: Partial<AppraisalInput> = {},
): AppraisalInput => ({
  subjectKind: 'person',
  figures,
  amounts: amounts(35_000_000),
  qualitativeScore: 80,
  previousConsecutiveMisses: 0,
  ...overrides,
});

/** One KPI (linear 0 → 1, weight 50) and the qualitative half: score = 50 × value + qualitative ÷ 2. */
const halfAndHalf = (overrides: Partial<SchemeRules> = {}) =>
  salesScheme({
    kpis: [{ figureId: 'P3', weightPercent: 50, curve: { kind: 'linear', floor: '0', target: '1' } }],
    qualitativeWeightPercent: 50,
    ...overrides,
  });
const scoreOf = (value: string, qualitativeScore: number, previousConsecutiveMisses = 0) =>
  appraise(halfAndHalf(), input({ P3: value }, { qualitativeScore, previousConsecutiveMisses }));

describe('appraise: the score (Σ weight × KPI points + qualitative)', () => {
  it('scores each KPI on its curve, weights it and adds the qualitative part', () => {
    // collections 0.9 on 0.6 → 1: (0.9 − 0.6) ÷ 0.4 × 100 = 75.00 × 40% = 30
    // sales 0.8 on 0.5 → 1:       (0.8 − 0.5) ÷ 0.5 × 100 = 60.00 × 30% = 18
    // new customers 3 → band from 2: 60 × 10% = 6
    // qualitative 80 × 20% = 16                                   score 70.00 → C
    const result = appraise(
      salesScheme(),
      input({ 'P7.collections.realistic': '0.9', 'P1.realistic': '0.8', 'P5.new': '3' }),
    );
    expect(result.kpiLines.map((l) => [l.figureId, l.points, l.weighted])).toEqual([
      ['P7.collections.realistic', '75.00', '30.0000'],
      ['P1.realistic', '60.00', '18.0000'],
      ['P5.new', '60.00', '6.0000'],
    ]);
    expect(result.qualitative).toEqual({ score: '80.00', weightPercent: 20, weighted: '16.0000' });
    expect(result).toMatchObject({ score: '70.00', grade: 'C', missed: false, ladderStep: 'none' });
    expect(result.kpiLines[0].how).toBe('(0.9 − 0.6) ÷ (1 − 0.6) × 100 = 75.00 分');
    expect(result.kpiLines[2].how).toBe('3 ≥ 2 → 60 分');
  });

  it('linear: 0 at or below the floor, past target up to the cap (150 points at 1.2), 100 at most without a cap', () => {
    // collections 1.3 → capped at 1.2: (1.2 − 0.6) ÷ 0.4 × 100 = 150 × 40% = 60
    // sales 1.1 without a cap → 100 × 30% = 30; new customers 5 → 100 × 10% = 10; qualitative 90 × 20% = 18 → 118.00
    const over = appraise(
      salesScheme(),
      input(
        { 'P7.collections.realistic': '1.3', 'P1.realistic': '1.1', 'P5.new': '5' },
        { qualitativeScore: 90 },
      ),
    );
    expect(over.kpiLines.map((l) => l.points)).toEqual(['150.00', '100.00', '100.00']);
    expect(over).toMatchObject({ score: '118.00', grade: 'A' });
    // at the floor exactly and below it: 0; a count below the first band: 0
    const under = appraise(
      salesScheme(),
      input({ 'P7.collections.realistic': '0.6', 'P1.realistic': '0.2', 'P5.new': '-1' }),
    );
    expect(under.kpiLines.map((l) => l.points)).toEqual(['0.00', '0.00', '0.00']);
  });

  it('points are rounded half-up to 2 places and the score is their exact weighted sum, rounded half-up', () => {
    // sales 0.8333335: (0.3333335 ÷ 0.5) × 100 = 66.66670 → 66.67; × 30% = 20.001
    // collections 0.7: 25.00 × 40% = 10; new customers 0 → 0; qualitative 77.77 × 20% = 15.554
    // score 10 + 20.001 + 0 + 15.554 = 45.555 → 45.56 (half-up)
    const result = appraise(
      salesScheme(),
      input(
        { 'P7.collections.realistic': '0.7', 'P1.realistic': '0.8333335', 'P5.new': '0' },
        { qualitativeScore: 77.77 },
      ),
    );
    expect(result.kpiLines[1]).toMatchObject({ points: '66.67', weighted: '20.0010' });
    expect(result.score).toBe('45.56');
  });

  it('lower is better when the floor lies above the target (overdue receivables)', () => {
    const scheme = halfAndHalf({
      kpis: [
        {
          figureId: 'P7.overdueReceivables',
          weightPercent: 50,
          curve: { kind: 'linear', floor: '5000000', target: '0' },
        },
      ],
    });
    // 1,000,000 分 overdue: (1000000 − 5000000) ÷ (0 − 5000000) × 100 = 80.00
    const result = appraise(scheme, input({ 'P7.overdueReceivables': '1000000' }));
    expect(result.kpiLines[0].points).toBe('80.00');
    expect(appraise(scheme, input({ 'P7.overdueReceivables': '6000000' })).kpiLines[0].points).toBe('0.00');
  });

  it('a figure without a value scores 0 and says so', () => {
    const result = appraise(salesScheme(), input({ 'P7.collections.realistic': null, 'P1.realistic': '1' }));
    expect(result.kpiLines[0]).toMatchObject({ value: null, points: '0.00', how: '无数值 → 0 分' });
    expect(result.kpiLines[2]).toMatchObject({ value: null, points: '0.00' });
  });
});

describe('appraise: grades and misses', () => {
  it('grade bands are inclusive at their minimum: 90.00 is A, 89.99 is B, 75 B, 60 C, 59.99 D', () => {
    // 50 × 0.8 + 100 ÷ 2 = 90.00; 50 × 0.8 + 99.98 ÷ 2 = 89.99; 25 + 50 = 75; 10 + 50 = 60; 10 + 49.99 = 59.99
    expect(scoreOf('0.8', 100)).toMatchObject({ score: '90.00', grade: 'A' });
    expect(scoreOf('0.8', 99.98)).toMatchObject({ score: '89.99', grade: 'B' });
    expect(scoreOf('0.5', 100)).toMatchObject({ score: '75.00', grade: 'B' });
    expect(scoreOf('0.2', 100)).toMatchObject({ score: '60.00', grade: 'C', missed: false });
    expect(scoreOf('0.2', 99.98)).toMatchObject({ score: '59.99', grade: 'D', missed: true });
  });

  it('a miss is the lowest grade by default, or the scheme’s own definition (a score below a threshold)', () => {
    const strict = halfAndHalf({ miss: { kind: 'score-below', score: 70 } });
    // 50 × 0.4 + 90 ÷ 2 = 65.00: grade C, but below 70 → a miss under this scheme
    expect(appraise(strict, input({ P3: '0.4' }, { qualitativeScore: 90 }))).toMatchObject({
      grade: 'C',
      missed: true,
      ladderStep: 'help',
    });
    expect(appraise(strict, input({ P3: '0.5' }, { qualitativeScore: 90 }))).toMatchObject({
      score: '70.00',
      missed: false,
    });
  });
});

describe('appraise: the ladder (帮助 → 惩罚 → 淘汰预警)', () => {
  it('1st miss: help; 2nd consecutive: penalty; 3rd and later: elimination warning — a flag, nothing more', () => {
    expect(scoreOf('0', 0, 0)).toMatchObject({
      missed: true,
      consecutiveMisses: 1,
      ladderStep: 'help',
      ladderText: '由事业部经理制定改进计划并一对一辅导',
    });
    expect(scoreOf('0', 0, 1)).toMatchObject({
      consecutiveMisses: 2,
      ladderStep: 'penalty',
      ladderText: '扣减当期绩效奖金',
    });
    expect(scoreOf('0', 0, 2)).toMatchObject({ consecutiveMisses: 3, ladderStep: 'elimination-warning' });
    expect(scoreOf('0', 0, 5)).toMatchObject({ consecutiveMisses: 6, ladderStep: 'elimination-warning' });
  });

  it('a period that is not a miss resets the count', () => {
    expect(scoreOf('1', 100, 2)).toMatchObject({
      missed: false,
      consecutiveMisses: 0,
      ladderStep: 'none',
      ladderText: null,
    });
    // and the next miss is a 1st miss again
    expect(scoreOf('0', 0, 0).ladderStep).toBe('help');
  });

  it('the penalty step deducts the scheme’s amount from the payout; the other steps do not', () => {
    const penalised = scoreOf('0', 0, 1).payout;
    // 350,000 × 5% = 17,500.00 (87.5%: 1×) − 500.00 = 17,000.00
    expect(penalised.amountMinor).toBe(1_700_000);
    expect(penalised.lines.at(-1)).toMatchObject({
      kind: 'penalty',
      amountMinor: -50_000,
      display: '-500.00 元',
    });
    expect(scoreOf('0', 0, 2).payout.amountMinor).toBe(1_750_000);
  });
});

describe('appraise: who it applies to', () => {
  it('a salesperson scheme appraises people; a division manager scheme appraises divisions', () => {
    expect(() => appraise(salesScheme(), input({}, { subjectKind: 'division' }))).toThrow(DomainError);
    const managers = salesScheme({ appliesTo: 'division_manager' });
    expect(
      appraise(managers, input({ 'P1.realistic': '1' }, { subjectKind: 'division' })).grade,
    ).toBeDefined();
  });

  it('refuses a qualitative score outside 0–100', () => {
    expect(() => appraise(salesScheme(), input({}, { qualitativeScore: 101 }))).toThrow(
      expect.objectContaining({ code: 'qualitative-score-out-of-range' }),
    );
  });
});
