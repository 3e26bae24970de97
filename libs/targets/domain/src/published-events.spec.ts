import Ajv2020 from 'ajv/dist/2020';
import { type Actor, type Command, type Decider, type DomainEvent, fold } from '@sales/shared/domain';
import {
  TARGETS_EVENT_CATALOGUE,
  TARGETS_EVENT_SCHEMA_VERSIONS,
  type QuarterlyReviewForm,
} from '@sales/targets/events';
import type { OrgSnapshot } from './org-snapshot';
import { planDecider } from './plan/plan';
import type { PlanCommand } from './plan/plan-commands';
import { quarterlyReviewDecider } from './review/quarterly-review';
import type { QuarterlyReviewCommand } from './review/quarterly-review-commands';

const org: OrgSnapshot = { divisions: [{ id: 'd-east', managerId: 'dm-east', salespeople: ['s-1'] }] };
const vp: Actor = { userId: 'vp-1', role: 'vp' };
const dm: Actor = { userId: 'dm-east', role: 'division_manager' };

function run<S, C extends Command, E extends DomainEvent>(decider: Decider<S, C, E>, commands: C[]): E[] {
  const events: E[] = [];
  for (const command of commands) events.push(...decider.decide(command, fold(decider, events)));
  return events;
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

describe('targets published events', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const emitted = [...planEvents, ...reviewEvents];

  it('the catalogue lists every event type once, at its schema version, in zh-CN and English', () => {
    expect(TARGETS_EVENT_CATALOGUE.map((e) => [e.type, e.schemaVersion])).toEqual(
      Object.entries(TARGETS_EVENT_SCHEMA_VERSIONS),
    );
    for (const entry of TARGETS_EVENT_CATALOGUE) {
      expect(entry.context).toBe('targets');
      expect(entry.summary.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.summary.en).toMatch(/[a-z]/i);
    }
  });

  it('the scenario emits every event type', () => {
    expect(new Set(emitted.map((e) => e.type))).toEqual(new Set(Object.keys(TARGETS_EVENT_SCHEMA_VERSIONS)));
  });

  it.each(emitted.map((e, i) => [`${i} ${e.type}`, e] as const))(
    '%s matches its published schema',
    (_, event) => {
      const validate =
        ajv.getSchema(`urn:sales:targets:${event.type}:v1`) ??
        ajv.compile(TARGETS_EVENT_CATALOGUE.find((e) => e.type === event.type)!.schema);
      expect(validate(event.data) ? [] : validate.errors).toEqual([]);
    },
  );

  it('the schemas refuse floats, negative amounts and quarters of the wrong length', () => {
    const approved = planEvents.find((e) => e.type === 'TargetsApproved')!;
    const validate =
      ajv.getSchema('urn:sales:targets:TargetsApproved:v1') ??
      ajv.compile(TARGETS_EVENT_CATALOGUE.find((e) => e.type === 'TargetsApproved')!.schema);
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
