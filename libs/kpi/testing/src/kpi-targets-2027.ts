import { type ApiCall, eventuallyStatus, expectStatus, kpiActors as who } from './kpi-department';

/*
 * 2027 目标 (T1–T4), approved on the first record day (2027-01-04) and never revised, so they are
 * the targets "approved and in force" at the end of every period the test asks about. Figures in
 * 元 (the bodies carry fen): the year and its four quarters (渐进式, each ≥ the one before); the
 * months are left to targets' default, an even split within the quarter — every Q1 figure below
 * divides by 3, so January = Q1 ÷ 3 exactly. Every split is exact (children add up to the parent,
 * year and each quarter), so a division's target is the same whether read from its own node or
 * summed over its salespeople, and the company's likewise.
 *
 *   salesAmount 销售额   realistic (year: Q1 Q2 Q3 Q4)                   stretch
 *     company            12,000,000: 2,400,000 2,800,000 3,200,000 3,600,000   15,000,000: 3,000,000 3,500,000 4,000,000 4,500,000
 *     d-east              7,200,000: 1,440,000 1,680,000 1,920,000 2,160,000    9,000,000: 1,800,000 2,100,000 2,400,000 2,700,000
 *     d-south             4,800,000:   960,000 1,120,000 1,280,000 1,440,000    6,000,000: 1,200,000 1,400,000 1,600,000 1,800,000
 *     p-li 李娜           4,200,000:   840,000   980,000 1,120,000 1,260,000    5,400,000: 1,080,000 1,260,000 1,440,000 1,620,000
 *     p-wang 王磊         3,000,000:   600,000   700,000   800,000   900,000    3,600,000:   720,000   840,000   960,000 1,080,000
 *     p-he 何芸           = d-south
 *   grossMargin 毛利 = 30% of each salesAmount figure; collections 回款 = 80% of each (written out below).
 */

type Split = readonly [year: number, q1: number, q2: number, q3: number, q4: number];
const fen = (yuan: number) => Math.round(yuan * 100);

function metric(realistic: Split, stretch: Split) {
  return {
    realistic: fen(realistic[0]),
    stretch: fen(stretch[0]),
    quarters: { realistic: realistic.slice(1).map(fen), stretch: stretch.slice(1).map(fen) },
  };
}

/** Each node's three metrics, 元: salesAmount, grossMargin, collections; realistic then stretch. */
const NODE_TARGETS = {
  company: {
    salesAmount: metric(
      [12_000_000, 2_400_000, 2_800_000, 3_200_000, 3_600_000],
      [15_000_000, 3_000_000, 3_500_000, 4_000_000, 4_500_000],
    ),
    grossMargin: metric(
      [3_600_000, 720_000, 840_000, 960_000, 1_080_000],
      [4_500_000, 900_000, 1_050_000, 1_200_000, 1_350_000],
    ),
    collections: metric(
      [9_600_000, 1_920_000, 2_240_000, 2_560_000, 2_880_000],
      [12_000_000, 2_400_000, 2_800_000, 3_200_000, 3_600_000],
    ),
  },
  'division:d-east': {
    salesAmount: metric(
      [7_200_000, 1_440_000, 1_680_000, 1_920_000, 2_160_000],
      [9_000_000, 1_800_000, 2_100_000, 2_400_000, 2_700_000],
    ),
    grossMargin: metric(
      [2_160_000, 432_000, 504_000, 576_000, 648_000],
      [2_700_000, 540_000, 630_000, 720_000, 810_000],
    ),
    collections: metric(
      [5_760_000, 1_152_000, 1_344_000, 1_536_000, 1_728_000],
      [7_200_000, 1_440_000, 1_680_000, 1_920_000, 2_160_000],
    ),
  },
  'division:d-south': {
    salesAmount: metric(
      [4_800_000, 960_000, 1_120_000, 1_280_000, 1_440_000],
      [6_000_000, 1_200_000, 1_400_000, 1_600_000, 1_800_000],
    ),
    grossMargin: metric(
      [1_440_000, 288_000, 336_000, 384_000, 432_000],
      [1_800_000, 360_000, 420_000, 480_000, 540_000],
    ),
    collections: metric(
      [3_840_000, 768_000, 896_000, 1_024_000, 1_152_000],
      [4_800_000, 960_000, 1_120_000, 1_280_000, 1_440_000],
    ),
  },
  'salesperson:p-li': {
    salesAmount: metric(
      [4_200_000, 840_000, 980_000, 1_120_000, 1_260_000],
      [5_400_000, 1_080_000, 1_260_000, 1_440_000, 1_620_000],
    ),
    grossMargin: metric(
      [1_260_000, 252_000, 294_000, 336_000, 378_000],
      [1_620_000, 324_000, 378_000, 432_000, 486_000],
    ),
    collections: metric(
      [3_360_000, 672_000, 784_000, 896_000, 1_008_000],
      [4_320_000, 864_000, 1_008_000, 1_152_000, 1_296_000],
    ),
  },
  'salesperson:p-wang': {
    salesAmount: metric(
      [3_000_000, 600_000, 700_000, 800_000, 900_000],
      [3_600_000, 720_000, 840_000, 960_000, 1_080_000],
    ),
    grossMargin: metric(
      [900_000, 180_000, 210_000, 240_000, 270_000],
      [1_080_000, 216_000, 252_000, 288_000, 324_000],
    ),
    collections: metric(
      [2_400_000, 480_000, 560_000, 640_000, 720_000],
      [2_880_000, 576_000, 672_000, 768_000, 864_000],
    ),
  },
} as const;

/** 何芸 is 华南's only salesperson: her split is the division's. */
const TARGETS: Record<string, unknown> = {
  ...NODE_TARGETS,
  'salesperson:p-he': NODE_TARGETS['division:d-south'],
};

const YEAR = 2027;

function put(targets: ApiCall, actor: (typeof who)[keyof typeof who], node: string) {
  return targets('PUT', `/targets/plans/${YEAR}/nodes/${node}`, { actor, body: { targets: TARGETS[node] } });
}

/**
 * The plan for 2027, company → divisions → salespeople (落实到人): the VP sets and submits the
 * company split and approves it himself (nobody above him); each division manager splits to their
 * people and submits; the VP approves each division's split.
 */
export async function approveTargets2027(targets: ApiCall): Promise<void> {
  await expectStatus(
    'open the 2027 plan',
    201,
    targets('POST', '/targets/plans', { actor: who.vp, body: { fiscalYear: YEAR, currency: 'CNY' } }),
  );
  await expectStatus('company targets', 200, put(targets, who.vp, 'company'));
  // Targets learns the tree from org's events: 华南 knows its division once org's events are in.
  await eventuallyStatus('华南 targets', 200, () => put(targets, who.vp, 'division:d-south'));
  await expectStatus('华东 targets', 200, put(targets, who.vp, 'division:d-east'));
  await expectStatus(
    'submit the company split',
    200,
    targets('POST', `/targets/plans/${YEAR}/units/company/submit`, { actor: who.vp }),
  );
  await expectStatus(
    'approve the company split',
    200,
    targets('POST', `/targets/plans/${YEAR}/units/company/approve`, { actor: who.vp }),
  );
  for (const [manager, division, people] of [
    [who.chen, 'd-east', ['p-li', 'p-wang']],
    [who.zhou, 'd-south', ['p-he']],
  ] as const) {
    for (const person of people)
      await expectStatus(`${person} targets`, 200, put(targets, manager, `salesperson:${person}`));
    await expectStatus(
      `submit the ${division} split`,
      200,
      targets('POST', `/targets/plans/${YEAR}/units/division:${division}/submit`, { actor: manager }),
    );
    await expectStatus(
      `approve the ${division} split`,
      200,
      targets('POST', `/targets/plans/${YEAR}/units/division:${division}/approve`, { actor: who.vp }),
    );
  }
}
