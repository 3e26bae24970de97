import Ajv2020 from 'ajv/dist/2020';
import {
  type Actor,
  type Aggregate,
  type Command,
  type DomainEvent,
  type PublishedEvent,
  fold,
  publicationOf,
} from '@sales/shared/domain';
import { TARGETS_EVENT_CATALOGUE } from '@sales/targets/events';
import type { OrgSnapshot } from './org-snapshot';
import type { QuarterlyReviewForm } from './review/quarterly-review-events';
import { planDecider } from './plan/plan';
import type { PlanCommand } from './plan/plan-commands';
import { quarterlyReviewDecider } from './review/quarterly-review';
import type { QuarterlyReviewCommand } from './review/quarterly-review-commands';

const org: OrgSnapshot = {
  divisions: [{ id: 'd-east', managerId: 'dm-east', salespeople: ['s-1'] }],
  people: [
    { id: 'vp-1', role: 'vp', managerId: null },
    { id: 'dm-east', role: 'division_manager', managerId: 'vp-1' },
    { id: 's-1', role: 'salesperson', managerId: 'dm-east' },
  ],
};
const vp: Actor = { userId: 'vp-1', role: 'vp' };
const dm: Actor = { userId: 'dm-east', role: 'division_manager' };

/** Runs the commands in order; each decided event with what it published. */
function run<S, C extends Command, E extends DomainEvent>(
  aggregate: Aggregate<S, C, E>,
  commands: C[],
): { event: E; published: readonly PublishedEvent[] }[] {
  const events: E[] = [];
  const steps: { event: E; published: readonly PublishedEvent[] }[] = [];
  for (const command of commands) {
    const state = fold(aggregate, events);
    for (const event of aggregate.decide(command, state)) {
      const { published } = publicationOf(aggregate, fold(aggregate, events), [event]);
      steps.push({ event, published });
      events.push(event);
    }
  }
  return steps;
}

const planEvents = run(planDecider, [
  { type: 'OpenPlan', data: { actor: vp, fiscalYear: 2026, currency: 'CNY' } },
  {
    type: 'SetTargets',
    data: {
      actor: vp,
      node: 'company',
      org,
      acknowledgeRegressiveQuarters: true,
      targets: {
        salesAmount: {
          realistic: 100_000_000,
          stretch: 120_000_000,
          quarters: {
            realistic: [30_000_000, 20_000_000, 25_000_000, 25_000_000],
            stretch: [30_000_000, 30_000_000, 30_000_000, 30_000_000],
          },
        },
        newCustomers: { realistic: 10, stretch: 12 },
        expenseBudget: { realistic: 5_000_000, stretch: 4_500_000 },
      },
    },
  },
  {
    type: 'SetTargets',
    data: {
      actor: vp,
      node: 'division:d-east',
      org,
      targets: {
        salesAmount: { realistic: 100_000_000, stretch: 120_000_000 },
        newCustomers: { realistic: 10, stretch: 12 },
        expenseBudget: { realistic: 5_000_000, stretch: 4_500_000 },
      },
    },
  },
  { type: 'SubmitTargets', data: { actor: vp, unit: 'company', org } },
  { type: 'RejectTargets', data: { actor: vp, unit: 'company', reason: '请核对季度', org } },
  { type: 'SubmitTargets', data: { actor: vp, unit: 'company', org } },
  { type: 'ApproveTargets', data: { actor: vp, unit: 'company', org } },
  {
    type: 'ReviseTargets',
    data: {
      actor: vp,
      unit: 'company',
      reason: '新增客户目标上调',
      org,
      changes: [{ node: 'company', targets: { newCustomers: { realistic: 10, stretch: 15 } } }],
    },
  },
] as PlanCommand[]);

const form = Object.fromEntries(
  [
    'yearEndGoal',
    'obstacles',
    'territoryStrengths',
    'territoryWeaknesses',
    'impactIfMissed',
    'lastQuarterProgress',
    'howProgressWasAchieved',
    'makeUpForMisses',
  ].map((f) => [f, `答：${f}`]),
) as QuarterlyReviewForm;
const reviewEvents = run(quarterlyReviewDecider, [
  {
    type: 'SubmitQuarterlyReview',
    data: {
      actor: { userId: 's-1', role: 'salesperson' },
      salespersonId: 's-1',
      fiscalYear: 2026,
      quarter: 1,
      form,
      org,
      today: '2026-04-01',
    },
  },
  { type: 'CommentOnQuarterlyReview', data: { actor: dm, comment: '好', org } },
  { type: 'ArchiveQuarterlyReview', data: { actor: dm, org } },
] as QuarterlyReviewCommand[]);

/** A plan opened for 2027 by mistake in USD: corrected, then abandoned. */
const correctedThenAbandoned = run(planDecider, [
  { type: 'OpenPlan', data: { actor: vp, fiscalYear: 2027, currency: 'USD' } },
  { type: 'CorrectPlan', data: { actor: vp, currency: 'CNY' } },
  { type: 'AbandonPlan', data: { actor: vp, reason: '年度开错，应为 2026' } },
] as PlanCommand[]);

describe('targets published events', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const steps = [...planEvents, ...reviewEvents, ...correctedThenAbandoned];
  const published = steps.flatMap((s) => s.published);
  const schemaOf = (type: string, schemaVersion: number) => {
    const entry = TARGETS_EVENT_CATALOGUE.find((e) => e.type === type && e.schemaVersion === schemaVersion);
    if (!entry) throw new Error(`${type} v${schemaVersion} is not in the catalogue`);
    return ajv.getSchema(String(entry.schema['$id'])) ?? ajv.compile(entry.schema);
  };

  it('the catalogue lists each published type once, described in zh-CN and English', () => {
    const types = TARGETS_EVENT_CATALOGUE.map((e) => e.type);
    expect(new Set(types).size).toBe(types.length);
    for (const entry of TARGETS_EVENT_CATALOGUE) {
      expect(entry.context).toBe('targets');
      expect(entry.summary.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.summary.en).toMatch(/[a-z]/i);
    }
  });

  it('the scenario publishes every catalogue entry, at the catalogue version', () => {
    expect(new Set(published.map((e) => `${e.type}.v${e.schemaVersion}`))).toEqual(
      new Set(TARGETS_EVENT_CATALOGUE.map((e) => `${e.type}.v${e.schemaVersion}`)),
    );
  });

  it('draft edits, revisions and the manager comment stay internal', () => {
    const internalOnly = steps.filter((s) =>
      ['TargetsSet', 'TargetsRevised', 'QuarterlyReviewCommented'].includes(s.event.type),
    );
    expect(internalOnly.map((s) => s.event.type)).toEqual(
      expect.arrayContaining(['TargetsSet', 'TargetsRevised', 'QuarterlyReviewCommented']),
    );
    expect(internalOnly.flatMap((s) => s.published)).toEqual([]);
    expect(published.map((e) => e.type)).not.toContain('TargetsSet');
  });

  it('the review is published without its free text', () => {
    const submitted = published.find((e) => e.type === 'QuarterlyReviewSubmitted');
    expect(submitted).toEqual({
      type: 'QuarterlyReviewSubmitted',
      schemaVersion: 2,
      data: { salespersonId: 's-1', fiscalYear: 2026, quarter: 1, divisionId: 'd-east' },
    });
    expect(JSON.stringify(published)).not.toContain('答：');
    expect(JSON.stringify(published)).not.toContain('"comment"');
  });

  it.each(published.map((e, i) => [`${i} ${e.type}.v${e.schemaVersion}`, e] as const))(
    '%s matches its published schema',
    (_, event) => {
      const validate = schemaOf(event.type, event.schemaVersion);
      expect(validate(event.data) ? [] : validate.errors).toEqual([]);
    },
  );

  it('the schemas refuse floats, negative amounts and quarters of the wrong length', () => {
    const approved = published.find((e) => e.type === 'TargetsApproved')!;
    const validate = schemaOf('TargetsApproved', 1);
    const withCompany = (year: unknown, quarters: unknown) => {
      const data = JSON.parse(JSON.stringify(approved.data));
      data.nodes[0].targets.salesAmount.realistic.year = year;
      data.nodes[0].targets.salesAmount.realistic.quarters = quarters;
      return data;
    };
    expect(validate(withCompany(100.5, [1, 2, 3, 4]))).toBe(false);
    expect(validate(withCompany(-1, [1, 2, 3, 4]))).toBe(false);
    expect(validate(withCompany(10, [1, 2, 3]))).toBe(false);
  });
});
