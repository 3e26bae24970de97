import {
  type Actor,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  fold,
  specify,
} from '@sales/shared/domain';
import type { PlanEvent } from './plan-events';
import type { OrgSnapshot } from '../org-snapshot';
import { allocationReport } from './allocation-report';
import { planDecider } from './plan';
import type { PlanCommand } from './plan-commands';
import { type RecordedPlanEvent, planVersions } from './plan-versions';
import { planViewFor } from './plan-view';
import { nodeView } from './node-view';
import type { OpenPlanState } from './plan-state';
import type { NodeTargetsInput } from './target-resolution';

const vp: Actor = { userId: 'vp-1', role: 'vp' };
const admin: Actor = { userId: 'it-1', role: 'admin' };
const dmEast: Actor = { userId: 'dm-east', role: 'division_manager', divisionId: 'd-east' };
const dmWest: Actor = { userId: 'dm-west', role: 'division_manager', divisionId: 'd-west' };
const s1: Actor = { userId: 's-1', role: 'salesperson', divisionId: 'd-east' };

const org: OrgSnapshot = {
  divisions: [
    { id: 'd-east', managerId: 'dm-east', salespeople: ['s-1', 's-2'] },
    { id: 'd-west', managerId: 'dm-west', salespeople: ['s-3'] },
  ],
  people: [
    { id: 'vp-1', role: 'vp', managerId: null },
    { id: 'dm-east', role: 'division_manager', managerId: 'vp-1' },
    { id: 'dm-west', role: 'division_manager', managerId: 'vp-1' },
    { id: 's-1', role: 'salesperson', managerId: 'dm-east' },
    { id: 's-2', role: 'salesperson', managerId: 'dm-east' },
    { id: 's-3', role: 'salesperson', managerId: 'dm-west' },
  ],
};

const sales = (realistic: number, stretch = realistic): NodeTargetsInput => ({
  salesAmount: { realistic, stretch },
});
const open: PlanCommand = { type: 'OpenPlan', data: { actor: vp, fiscalYear: 2026, currency: 'CNY' } };
const set = (
  node: string,
  targets: NodeTargetsInput,
  actor: Actor = vp,
  acknowledgeRegressiveQuarters?: boolean,
): PlanCommand => ({
  type: 'SetTargets',
  data: {
    actor,
    node,
    targets,
    org,
    ...(acknowledgeRegressiveQuarters === undefined ? {} : { acknowledgeRegressiveQuarters }),
  },
});
const submit = (unit: string, actor: Actor = vp): PlanCommand => ({
  type: 'SubmitTargets',
  data: { actor, unit, org },
});
const approve = (unit: string, actor: Actor = vp): PlanCommand => ({
  type: 'ApproveTargets',
  data: { actor, unit, org },
});
const reject = (unit: string, reason: string, actor: Actor = vp): PlanCommand => ({
  type: 'RejectTargets',
  data: { actor, unit, reason, org },
});
const revise = (
  unit: string,
  reason: string,
  changes: { node: string; targets: NodeTargetsInput }[],
  actor: Actor = vp,
): PlanCommand => ({
  type: 'ReviseTargets',
  data: { actor, unit, reason, changes, org },
});

/** Runs commands through the decider, as the service would, and returns the history. */
function history(...commands: PlanCommand[]): PlanEvent[] {
  const events: PlanEvent[] = [];
  for (const command of commands) events.push(...planDecider.decide(command, fold(planDecider, events)));
  return events;
}

const spec = specify(planDecider);

const companySplit = [
  open,
  set('company', sales(1000, 1200)),
  set('division:d-east', sales(600, 700)),
  set('division:d-west', sales(400, 500)),
  submit('company'),
];
/** Company 1000 split exactly to east 600 and west 400, submitted. */
const companySplitSubmitted = () => history(...companySplit);
/** ...approved, and east's people split exactly and submitted. */
const eastSubmitted = () =>
  history(
    ...companySplit,
    approve('company'),
    set('salesperson:s-1', sales(350, 400), dmEast),
    set('salesperson:s-2', sales(250, 300), dmEast),
    submit('division:d-east', dmEast),
  );

describe('plan: opening (T1)', () => {
  it('the VP opens the fiscal-year plan in a currency', () => {
    spec
      .given([])
      .when(open)
      .then([{ type: 'PlanOpened', data: { fiscalYear: 2026, currency: 'CNY' } }]);
  });

  it('refuses a second opening, a bad year or currency, and anyone but the VP or an admin', () => {
    spec.given(history(open)).when(open).thenThrows(DomainError, 'plan-already-opened');
    spec
      .given([])
      .when({ type: 'OpenPlan', data: { actor: vp, fiscalYear: 26, currency: 'CNY' } })
      .thenThrows(DomainError, 'invalid-fiscal-year');
    for (const currency of ['rmb', 'RMB', 'XYZ', 'constructor']) {
      spec
        .given([])
        .when({ type: 'OpenPlan', data: { actor: vp, fiscalYear: 2026, currency } })
        .thenThrows(DomainError, 'invalid-currency');
    }
    spec
      .given([])
      .when({ type: 'OpenPlan', data: { actor: dmEast, fiscalYear: 2026, currency: 'CNY' } })
      .thenThrows(ForbiddenError, 'forbidden-role');
  });

  it('nothing can be planned before the plan is opened', () => {
    spec
      .given([])
      .when(set('company', sales(1000)))
      .thenThrows(NotFoundError, 'plan-not-opened');
  });
});

describe('plan: drafting targets (T1, T2)', () => {
  it('records all five metrics with both levels, quarters and months completed', () => {
    const [event] = spec
      .given(history(open))
      .when(
        set('company', {
          salesAmount: { realistic: 100_000_000, stretch: 120_000_000 },
          grossMargin: { realistic: 30_000_000, stretch: 36_000_000 },
          collections: { realistic: 90_000_000, stretch: 100_000_000 },
          newCustomers: { realistic: 40, stretch: 60 },
          expenseBudget: { realistic: 8_000_000, stretch: 7_000_000 },
        }),
      )
      .events();
    expect(event).toMatchObject({
      type: 'TargetsSet',
      data: {
        fiscalYear: 2026,
        unit: 'company',
        version: 1,
        node: 'company',
        divisionId: null,
        personId: null,
        acknowledgedRegressions: [],
      },
    });
    const data = (event as Extract<PlanEvent, { type: 'TargetsSet' }>).data;
    expect(Object.keys(data.targets)).toEqual([
      'salesAmount',
      'grossMargin',
      'collections',
      'newCustomers',
      'expenseBudget',
    ]);
    expect(data.targets.newCustomers!.realistic).toEqual({
      year: 40,
      quarters: [10, 10, 10, 10],
      months: [3, 3, 4, 3, 3, 4, 3, 3, 4, 3, 3, 4],
    });
  });

  it('a salesperson’s targets belong to their division’s split', () => {
    const [event] = spec
      .given(history(open))
      .when(set('salesperson:s-3', sales(10), dmWest))
      .events();
    expect(event.data).toMatchObject({
      unit: 'division:d-west',
      node: 'salesperson:s-3',
      divisionId: 'd-west',
      personId: 's-3',
    });
  });

  it('refuses nodes not in the org snapshot and malformed nodes', () => {
    spec
      .given(history(open))
      .when(set('division:d-nope', sales(10)))
      .thenThrows(NotFoundError, 'unknown-division');
    spec
      .given(history(open))
      .when(set('salesperson:ghost', sales(10)))
      .thenThrows(NotFoundError, 'unknown-salesperson');
    spec
      .given(history(open))
      .when(set('team:x', sales(10)))
      .thenThrows(DomainError, 'invalid-node');
  });

  it('refuses negative amounts and quarters that do not add up', () => {
    spec
      .given(history(open))
      .when(set('company', sales(-5)))
      .thenThrows(DomainError, 'invalid-amount');
    spec
      .given(history(open))
      .when(
        set('company', {
          salesAmount: {
            realistic: 100,
            stretch: 100,
            quarters: { realistic: [25, 25, 25, 26], stretch: [25, 25, 25, 25] },
          },
        }),
      )
      .thenThrows(DomainError, 'quarters-do-not-add-up');
  });

  it('a regressive quarter must be acknowledged, and the acknowledgement is recorded', () => {
    const regressive: NodeTargetsInput = {
      salesAmount: {
        realistic: 100,
        stretch: 100,
        quarters: { realistic: [30, 20, 25, 25], stretch: [25, 25, 25, 25] },
      },
    };
    const error = spec
      .given(history(open))
      .when(set('company', regressive))
      .thenThrows(DomainError, 'regressive-quarter-not-acknowledged');
    expect(error.details).toEqual({
      regressions: [
        { node: 'company', metric: 'salesAmount', level: 'realistic', quarter: 2, amount: 20, previous: 30 },
      ],
    });
    const [event] = spec
      .given(history(open))
      .when(set('company', regressive, vp, true))
      .events();
    expect(event.data).toMatchObject({ acknowledgedRegressions: [{ quarter: 2, amount: 20, previous: 30 }] });
  });

  it('the company split is edited by the VP or an admin; a division split also by its own manager', () => {
    spec
      .given(history(open))
      .when(set('company', sales(10), dmEast))
      .thenThrows(ForbiddenError, 'forbidden-role');
    spec
      .given(history(open))
      .when(set('division:d-east', sales(10), dmEast))
      .thenThrows(ForbiddenError, 'forbidden-role');
    spec
      .given(history(open))
      .when(set('salesperson:s-1', sales(10), dmWest))
      .thenThrows(ForbiddenError, 'not-your-division');
    spec
      .given(history(open))
      .when(set('salesperson:s-1', sales(10), s1))
      .thenThrows(ForbiddenError, 'forbidden-role');
    expect(
      spec
        .given(history(open))
        .when(set('company', sales(10), admin))
        .events(),
    ).toHaveLength(1);
    expect(
      spec
        .given(history(open))
        .when(set('salesperson:s-1', sales(10), vp))
        .events(),
    ).toHaveLength(1);
  });

  it('a later draft replaces the metrics it gives and keeps the others', () => {
    const events = history(
      open,
      set('company', { ...sales(100), newCustomers: { realistic: 5, stretch: 8 } }),
      set('company', sales(200)),
    );
    const state = fold(planDecider, events);
    expect(state.status === 'open' && state.nodes['company'].targets.salesAmount!.realistic.year).toBe(200);
    expect(state.status === 'open' && state.nodes['company'].targets.newCustomers!.stretch.year).toBe(8);
  });
});

describe('plan: allocation status per node (T2)', () => {
  it('shows the figure, the allocated sum, the difference and under / exact / over', () => {
    const state = fold(
      planDecider,
      history(
        open,
        set('company', sales(1000, 1200)),
        set('division:d-east', sales(600, 800)),
        set('division:d-west', sales(300, 500)),
        set('salesperson:s-1', sales(700, 800), dmEast),
      ),
    );
    const line = (node: string, level: string) =>
      allocationReport(state).find((l) => l.node === node && l.level === level && l.metric === 'salesAmount');
    expect(line('company', 'realistic')).toEqual({
      node: 'company',
      unit: 'company',
      metric: 'salesAmount',
      level: 'realistic',
      currency: 'CNY',
      figure: 1000,
      allocated: 900,
      difference: -100,
      status: 'under',
      children: ['division:d-east', 'division:d-west'],
      quarters: [0, 1, 2, 3].map(() => ({ figure: 250, allocated: 225, difference: -25, status: 'under' })),
    });
    expect(line('company', 'stretch')).toMatchObject({ allocated: 1300, difference: 100, status: 'over' });
    expect(line('division:d-east', 'realistic')).toMatchObject({
      unit: 'division:d-east',
      figure: 600,
      allocated: 700,
      difference: 100,
      status: 'over',
    });
    expect(line('division:d-east', 'stretch')).toMatchObject({
      figure: 800,
      allocated: 800,
      difference: 0,
      status: 'exact',
      children: ['salesperson:s-1'],
    });
    expect(line('division:d-west', 'realistic')).toMatchObject({
      figure: 300,
      allocated: 0,
      status: 'under',
      children: [],
    });
  });
});

describe('plan: allocation per quarter (T2, T3)', () => {
  it('shows, quarter by quarter, where the children do not follow the parent’s progression', () => {
    const progressive = {
      salesAmount: {
        realistic: 1000,
        stretch: 1000,
        quarters: { realistic: [200, 240, 260, 300], stretch: [200, 240, 260, 300] },
      },
    };
    const state = fold(
      planDecider,
      history(
        open,
        set('company', progressive),
        set('division:d-east', sales(600)),
        set('division:d-west', sales(400)),
      ),
    );
    const line = allocationReport(state).find(
      (l) => l.node === 'company' && l.level === 'realistic' && l.metric === 'salesAmount',
    )!;
    expect(line.status).toBe('exact');
    expect(line.quarters.map((q) => [q.figure, q.allocated, q.difference, q.status])).toEqual([
      [200, 250, 50, 'over'],
      [240, 250, 10, 'over'],
      [260, 250, -10, 'under'],
      [300, 250, -50, 'under'],
    ]);
  });
});

describe('plan: approval (T4)', () => {
  it('draft → submitted → approved by the VP, with the whole approved version in the event', () => {
    spec
      .given(history(open, set('company', sales(1000, 1200))))
      .when(submit('company'))
      .then([
        {
          type: 'TargetsSubmitted',
          data: { fiscalYear: 2026, unit: 'company', version: 1, submittedBy: 'vp-1' },
        },
      ]);
    const [approved] = spec.given(companySplitSubmitted()).when(approve('company')).events();
    expect(approved).toMatchObject({
      type: 'TargetsApproved',
      data: { fiscalYear: 2026, currency: 'CNY', unit: 'company', version: 1, approvedBy: 'vp-1' },
    });
    const nodes = (approved as Extract<PlanEvent, { type: 'TargetsApproved' }>).data.nodes;
    expect(nodes.map((n) => [n.node, n.targets.salesAmount!.realistic.year])).toEqual([
      ['company', 1000],
      ['division:d-east', 600],
      ['division:d-west', 400],
    ]);
  });

  it('is refused while a division split leaves the company under-allocated, naming node and shortfall', () => {
    const underAllocated = history(
      open,
      set('company', sales(1000, 1200)),
      set('division:d-east', sales(600, 700)),
      set('division:d-west', sales(300, 500)),
      submit('company'),
    );
    const error = spec
      .given(underAllocated)
      .when(approve('company'))
      .thenThrows(DomainError, 'under-allocated');
    const readable = {
      metricZh: '销售额',
      metricEn: 'sales amount',
      levelZh: '现实目标',
      levelEn: 'realistic',
      shortfallZh: '1.00 元',
      shortfallEn: '1.00 元',
    };
    const shortfall = {
      node: 'company',
      metric: 'salesAmount',
      level: 'realistic',
      figure: 1000,
      allocated: 900,
      shortfall: 100,
      ...readable,
    };
    expect(error.details).toEqual({ ...shortfall, shortfalls: [shortfall] });
  });

  it('over-allocation does not block, except for the expense budget', () => {
    const over = history(
      open,
      set('company', sales(1000)),
      set('division:d-east', sales(700)),
      set('division:d-west', sales(400)),
      submit('company'),
    );
    expect(spec.given(over).when(approve('company')).events()).toHaveLength(1);
    const expense = (r: number, s = r): NodeTargetsInput => ({ expenseBudget: { realistic: r, stretch: s } });
    const overspent = history(
      open,
      set('company', expense(100, 90)),
      set('division:d-east', expense(60, 50)),
      set('division:d-west', expense(50, 40)),
      submit('company'),
    );
    const error = spec
      .given(overspent)
      .when(approve('company'))
      .thenThrows(DomainError, 'expense-over-allocated');
    expect(error.details).toMatchObject({
      node: 'company',
      metric: 'expenseBudget',
      level: 'realistic',
      figure: 100,
      allocated: 110,
      excess: 10,
    });
  });

  it('the person above the division manager (the VP) approves the people’s split once the company split is approved', () => {
    const [event] = spec.given(eastSubmitted()).when(approve('division:d-east', vp)).events();
    expect(event).toMatchObject({
      type: 'TargetsApproved',
      data: { unit: 'division:d-east', version: 1, approvedBy: 'vp-1', selfApproval: false },
    });
    const early = history(
      open,
      set('company', sales(1000)),
      set('division:d-east', sales(600)),
      set('salesperson:s-1', sales(600), dmEast),
      submit('division:d-east', dmEast),
    );
    spec.given(early).when(approve('division:d-east', vp)).thenThrows(DomainError, 'parent-not-approved');
  });

  it('a people split short of the division figure is refused, naming the division', () => {
    const events = history(
      ...companySplit,
      approve('company'),
      set('salesperson:s-1', sales(350, 400), dmEast),
      submit('division:d-east', dmEast),
    );
    const error = spec
      .given(events)
      .when(approve('division:d-east', vp))
      .thenThrows(DomainError, 'under-allocated');
    expect(error.details).toMatchObject({
      node: 'division:d-east',
      metric: 'salesAmount',
      level: 'realistic',
      figure: 600,
      allocated: 350,
      shortfall: 250,
    });
  });

  it('separation of duties: nobody decides their own submission, only the person above does (issue 8 item 1)', () => {
    // The manager submitted his people's split: neither he nor another manager nor a salesperson decides it.
    const own = spec
      .given(eastSubmitted())
      .when(approve('division:d-east', dmEast))
      .thenThrows(ForbiddenError, 'own-submission');
    expect(own.details).toEqual({ unit: 'division:d-east', approverId: 'vp-1', userId: 'dm-east' });
    spec
      .given(eastSubmitted())
      .when(reject('division:d-east', '自己退回', dmEast))
      .thenThrows(ForbiddenError, 'own-submission');
    spec
      .given(eastSubmitted())
      .when(approve('division:d-east', dmWest))
      .thenThrows(ForbiddenError, 'not-the-approver');
    spec
      .given(eastSubmitted())
      .when(approve('division:d-east', s1))
      .thenThrows(ForbiddenError, 'not-the-approver');
    // The company split goes to the top: not a manager, not an admin who keyed it in.
    spec
      .given(companySplitSubmitted())
      .when(approve('company', dmEast))
      .thenThrows(ForbiddenError, 'not-the-approver');
    spec
      .given(companySplitSubmitted())
      .when(approve('company', admin))
      .thenThrows(ForbiddenError, 'not-the-approver');
  });

  it('a rejected manager cannot edit, resubmit and approve his own split after all', () => {
    const rejected = [
      ...eastSubmitted(),
      ...spec
        .given(eastSubmitted())
        .when(reject('division:d-east', '偏低', vp))
        .events(),
    ];
    const edited = [
      ...rejected,
      ...spec
        .given(rejected)
        .when(set('salesperson:s-1', sales(360, 400), dmEast))
        .events(),
    ];
    const resubmitted = [...edited, ...spec.given(edited).when(submit('division:d-east', dmEast)).events()];
    spec
      .given(resubmitted)
      .when(approve('division:d-east', dmEast))
      .thenThrows(ForbiddenError, 'own-submission');
  });

  it('the VP with nobody above him approves his own company split, recorded as a self-approval', () => {
    const [event] = spec.given(companySplitSubmitted()).when(approve('company', vp)).events();
    expect(event.data).toMatchObject({ approvedBy: 'vp-1', selfApproval: true });
    // A division split the VP submitted himself is his own too: again only because nobody is above him.
    const vpSubmitsEast = history(
      ...companySplit,
      approve('company'),
      set('salesperson:s-1', sales(350, 400), vp),
      set('salesperson:s-2', sales(250, 300), vp),
      submit('division:d-east', vp),
    );
    expect(spec.given(vpSubmitsEast).when(approve('division:d-east', vp)).events()[0].data).toMatchObject({
      selfApproval: true,
    });
  });

  it('落实到人: a division split leaving a salesperson without targets is refused until they are excluded with a reason (issue 8 item 10)', () => {
    const onlyS1 = history(
      ...companySplit,
      approve('company'),
      set('salesperson:s-1', sales(600, 700), dmEast),
      submit('division:d-east', dmEast),
    );
    const error = spec
      .given(onlyS1)
      .when(approve('division:d-east', vp))
      .thenThrows(DomainError, 'salesperson-without-targets');
    expect(error.details).toEqual({ unit: 'division:d-east', personIds: ['s-2'], count: 1 });

    const exclude = (personId: string, reason: string, actor: Actor = dmEast): PlanCommand => ({
      type: 'ExcludeSalesperson',
      data: { actor, unit: 'division:d-east', personId, reason, org },
    });
    // Only while the split is a draft, only for the division's own salespeople without targets, with a reason.
    spec.given(onlyS1).when(exclude('s-2', '年中入职')).thenThrows(DomainError, 'target-not-draft');
    const draft = history(
      ...companySplit,
      approve('company'),
      set('salesperson:s-1', sales(600, 700), dmEast),
    );
    spec.given(draft).when(exclude('s-2', '  ')).thenThrows(DomainError, 'reason-required');
    spec.given(draft).when(exclude('s-1', '年中入职')).thenThrows(DomainError, 'salesperson-has-targets');
    spec.given(draft).when(exclude('s-3', '年中入职')).thenThrows(DomainError, 'not-in-division');
    spec
      .given(draft)
      .when(exclude('s-2', '年中入职', dmWest))
      .thenThrows(ForbiddenError, 'not-your-division');

    const excluded = [...draft, ...spec.given(draft).when(exclude('s-2', '年中入职')).events()];
    expect(excluded.at(-1)).toEqual({
      type: 'SalespersonExcluded',
      data: {
        fiscalYear: 2026,
        unit: 'division:d-east',
        personId: 's-2',
        reason: '年中入职',
        excludedBy: 'dm-east',
      },
    });
    const submitted = [...excluded, ...spec.given(excluded).when(submit('division:d-east', dmEast)).events()];
    expect(spec.given(submitted).when(approve('division:d-east', vp)).events()).toHaveLength(1);
    expect(spec.given(excluded).when(exclude('s-2', '年中入职')).published()).toEqual([]);
  });

  it('only a submitted split can be approved or sent back; only a draft can be submitted', () => {
    spec
      .given(history(open, set('company', sales(10))))
      .when(approve('company'))
      .thenThrows(DomainError, 'target-not-submitted');
    spec.given(history(open)).when(approve('company')).thenThrows(DomainError, 'unit-has-no-targets');
    spec.given(history(open)).when(submit('company')).thenThrows(DomainError, 'unit-has-no-targets');
    spec.given(companySplitSubmitted()).when(submit('company')).thenThrows(DomainError, 'target-not-draft');
    spec
      .given(history(open, set('company', sales(10))))
      .when(reject('company', '太低'))
      .thenThrows(DomainError, 'target-not-submitted');
    spec.given(history(open)).when(approve('salesperson:s-1')).thenThrows(DomainError, 'invalid-unit');
    spec.given(history(open)).when(approve('division:d-nope')).thenThrows(NotFoundError, 'unknown-division');
  });

  it('a submitted split cannot be edited; sent back with a reason, it is a draft again', () => {
    spec
      .given(companySplitSubmitted())
      .when(set('company', sales(2000)))
      .thenThrows(DomainError, 'target-awaiting-approval');
    spec
      .given(companySplitSubmitted())
      .when(reject('company', '  '))
      .thenThrows(DomainError, 'reason-required');
    spec
      .given(companySplitSubmitted())
      .when(reject('company', '销售额偏低', s1))
      .thenThrows(ForbiddenError, 'not-the-approver');
    spec
      .given(companySplitSubmitted())
      .when(reject('company', '销售额偏低'))
      .then([
        {
          type: 'TargetsRejected',
          data: { fiscalYear: 2026, unit: 'company', version: 1, rejectedBy: 'vp-1', reason: '销售额偏低' },
        },
      ]);
    const rejected = history(...companySplit, reject('company', '销售额偏低'));
    expect(
      spec
        .given(rejected)
        .when(set('company', sales(1000, 1300)))
        .events()[0].data,
    ).toMatchObject({ version: 1 });
  });
});

describe('plan: revisions (T4)', () => {
  const approvedCompany = () =>
    history(
      open,
      set('company', sales(1000, 1200)),
      set('division:d-east', sales(600, 700)),
      set('division:d-west', sales(400, 500)),
      submit('company'),
      approve('company'),
    );

  it('a pending revision is shown beside the approved figures, which stay in force; a rejection restores them (issue 8 item 2)', () => {
    const revised = [
      ...approvedCompany(),
      ...spec
        .given(approvedCompany())
        .when(
          revise('company', '华东加码', [
            { node: 'division:d-east', targets: sales(700, 800) },
            { node: 'company', targets: sales(1100, 1300) },
          ]),
        )
        .events(),
    ];
    const east = (events: PlanEvent[]) =>
      nodeView(fold(planDecider, events) as OpenPlanState, 'division:d-east')!;
    const during = east(revised);
    expect(during.targets?.salesAmount?.realistic.year).toBe(600);
    expect(during.approvedVersion).toBe(1);
    expect(during.yearToDate?.salesAmount?.realistic).toBeDefined();
    expect(during.pending).toMatchObject({ version: 2, status: 'submitted', revisionReason: '华东加码' });
    expect(during.pending?.targets.salesAmount?.realistic.year).toBe(700);

    const rejected = [...revised, ...spec.given(revised).when(reject('company', '加码过多')).events()];
    const after = east(rejected);
    expect(after.targets?.salesAmount?.realistic.year).toBe(600);
    expect(after.pending).toBeNull();
    const state = fold(planDecider, rejected) as OpenPlanState;
    expect(state.units['company']).toMatchObject({ status: 'approved', approvedVersion: 1 });
    expect(state.nodes['division:d-east']?.targets.salesAmount?.realistic.year).toBe(600);
    // The rejected figures stay readable in the history.
    const recorded = rejected.map(
      (e) => ({ ...e, time: '2026-03-01T00:00:00Z', recordedBy: 'vp-1' }) as RecordedPlanEvent,
    );
    expect(JSON.stringify(planVersions(recorded))).toContain('700');
  });

  it('before any approval the node has no targets in force, only its draft', () => {
    const drafted = history(open, set('company', sales(1000, 1200)));
    const view = nodeView(fold(planDecider, drafted) as OpenPlanState, 'company')!;
    expect(view.targets).toBeNull();
    expect(view.pending).toMatchObject({ version: 1, status: 'draft' });
  });

  it('an approved target cannot be edited except by revision', () => {
    const error = spec
      .given(approvedCompany())
      .when(set('division:d-east', sales(700)))
      .thenThrows(DomainError, 'approved-target-needs-revision');
    expect(error.details).toEqual({ unit: 'company', node: 'division:d-east' });
  });

  it('a revision gives a reason, becomes the next version and awaits approval again', () => {
    const [event] = spec
      .given(approvedCompany())
      .when(
        revise('company', '华东新签大客户', [
          { node: 'division:d-east', targets: sales(700, 800) },
          { node: 'company', targets: sales(1100, 1300) },
        ]),
      )
      .events();
    expect(event).toMatchObject({
      type: 'TargetsRevised',
      data: { unit: 'company', version: 2, revisedBy: 'vp-1', reason: '华东新签大客户' },
    });
    const state = fold(planDecider, [...approvedCompany(), event]);
    expect(state.status === 'open' && state.units['company']).toEqual({
      unit: 'company',
      status: 'submitted',
      version: 2,
      approvedVersion: 1,
      revisionReason: '华东新签大客户',
      submittedBy: 'vp-1',
    });
  });

  it('refuses a revision without a reason, of an unapproved split, of a node of another split, or by the wrong role', () => {
    spec
      .given(approvedCompany())
      .when(revise('company', '', [{ node: 'company', targets: sales(1) }]))
      .thenThrows(DomainError, 'reason-required');
    spec
      .given(history(open, set('company', sales(10))))
      .when(revise('company', '调整', [{ node: 'company', targets: sales(1) }]))
      .thenThrows(DomainError, 'target-not-approved');
    spec
      .given(approvedCompany())
      .when(revise('company', '调整', [{ node: 'salesperson:s-1', targets: sales(1) }]))
      .thenThrows(DomainError, 'node-not-in-unit');
    spec
      .given(approvedCompany())
      .when(revise('company', '调整', []))
      .thenThrows(DomainError, 'no-targets-given');
    spec
      .given(approvedCompany())
      .when(revise('company', '调整', [{ node: 'company', targets: sales(1) }], s1))
      .thenThrows(ForbiddenError, 'forbidden-role');
    spec
      .given(approvedCompany())
      .when(
        revise('company', '调整', [
          {
            node: 'company',
            targets: {
              salesAmount: {
                realistic: 1000,
                stretch: 1200,
                quarters: { realistic: [400, 200, 200, 200], stretch: [300, 300, 300, 300] },
              },
            },
          },
        ]),
      )
      .thenThrows(DomainError, 'regressive-quarter-not-acknowledged');
  });

  it('re-approving the company split checks approved division splits it would leave short', () => {
    const events = eastSubmitted();
    for (const c of [
      approve('division:d-east', vp),
      revise('company', '华东加码', [
        { node: 'division:d-east', targets: sales(700, 700) },
        { node: 'company', targets: sales(1100, 1200) },
      ]),
    ]) {
      events.push(...planDecider.decide(c, fold(planDecider, events)));
    }
    const error = spec.given(events).when(approve('company')).thenThrows(DomainError, 'under-allocated');
    expect(error.details).toMatchObject({
      node: 'division:d-east',
      level: 'realistic',
      figure: 700,
      allocated: 600,
      shortfall: 100,
    });
  });

  it('every version stays readable', () => {
    const events = history(
      open,
      set('company', sales(1000, 1200)),
      set('division:d-east', sales(600, 700)),
      set('division:d-west', sales(400, 500)),
      submit('company'),
      reject('company', '请再核对'),
      submit('company'),
      approve('company'),
      revise('company', '华东加码', [
        { node: 'division:d-east', targets: sales(700, 800) },
        { node: 'company', targets: sales(1100, 1300) },
      ]),
      approve('company'),
    );
    const versions = planVersions(events);
    expect(versions.map((v) => [v.unit, v.version, v.status, v.reason])).toEqual([
      ['company', 1, 'superseded', null],
      ['company', 2, 'approved', '华东加码'],
    ]);
    expect(versions[0].rejections).toMatchObject([{ by: 'vp-1', reason: '请再核对' }]);
    expect(versions[0].nodes['division:d-east']!.salesAmount!.realistic.year).toBe(600);
    expect(versions[1].nodes['division:d-east']!.salesAmount!.realistic.year).toBe(700);
    expect(versions[1].nodes['division:d-west']!.salesAmount!.realistic.year).toBe(400);
    expect(versions[1]).toMatchObject({ revisedBy: 'vp-1', approvedBy: 'vp-1' });
  });
  it('keeps the figures a rejection rejected, and who took each step when', () => {
    const at = (n: number) => `2026-11-0${n}T09:00:00.000+08:00`;
    const steps = [
      open,
      set('company', sales(1000, 1200)),
      set('division:d-east', sales(600, 700)),
      set('division:d-west', sales(400, 500)),
      submit('company'),
      reject('company', '华东偏低'),
      set('division:d-east', sales(650, 750)),
      set('division:d-west', sales(350, 450)),
      submit('company'),
      approve('company'),
    ];
    const events: RecordedPlanEvent[] = [];
    steps.forEach((command, i) => {
      const decided = planDecider.decide(command, fold(planDecider, events));
      const by = (command.data as { actor: Actor }).actor.userId;
      events.push(...decided.map((event) => ({ ...event, time: at(i), recordedBy: by })));
    });
    const [version] = planVersions(events);
    // The rejected draft's figures stay readable although the draft was edited afterwards.
    expect(version.rejections).toEqual([
      {
        by: 'vp-1',
        at: at(5),
        reason: '华东偏低',
        nodes: expect.objectContaining({
          'division:d-east': expect.objectContaining({
            salesAmount: expect.objectContaining({ realistic: expect.objectContaining({ year: 600 }) }),
          }),
        }),
      },
    ]);
    expect(version.nodes['division:d-east']!.salesAmount!.realistic.year).toBe(650);
    expect(version).toMatchObject({
      status: 'approved',
      currency: 'CNY',
      drafted: { by: 'vp-1', at: at(1) },
      submitted: { by: 'vp-1', at: at(8) },
      // Nobody is above the VP in this tree: his approval of his own company split says so.
      approved: { by: 'vp-1', at: at(9), selfApproval: true },
    });
  });
});

describe('plan: what each role sees', () => {
  const state = () => fold(planDecider, eastSubmitted());

  it('the VP sees every node and split; a manager their division; a salesperson only their own targets', () => {
    const all = planViewFor(state(), vp, org)!;
    expect(all.nodes.map((n) => n.node)).toEqual([
      'company',
      'division:d-east',
      'division:d-west',
      'salesperson:s-1',
      'salesperson:s-2',
    ]);
    const east = planViewFor(state(), dmEast, org)!;
    expect(east.nodes.map((n) => n.node)).toEqual(['division:d-east', 'salesperson:s-1', 'salesperson:s-2']);
    // The company split holds his division's figures: he sees its status, not its contents.
    expect(east.units.map((u) => u.unit)).toEqual(['company', 'division:d-east']);
    expect(new Set(east.allocation.map((l) => l.node))).toEqual(new Set(['division:d-east']));
    const own = planViewFor(state(), s1, org)!;
    expect(own.nodes.map((n) => n.node)).toEqual(['salesperson:s-1']);
    // Her targets' split, by status: whether they are approved.
    expect(own.units.map((u) => [u.unit, u.status])).toEqual([['division:d-east', 'submitted']]);
    expect(own.allocation).toEqual([]);
    expect(planViewFor(state(), { userId: 'f-1', role: 'finance' }, org)!.nodes).toEqual([]);
  });

  it('the plan counts as approved only when every split is approved and none is under-allocated', () => {
    expect(planViewFor(state(), vp, org)!.approved).toBe(false);
    const events = eastSubmitted();
    events.push(...planDecider.decide(approve('division:d-east', vp), fold(planDecider, events)));
    expect(planViewFor(fold(planDecider, events), vp, org)!.approved).toBe(false);
    for (const c of [
      set('salesperson:s-3', sales(400, 500), dmWest),
      submit('division:d-west', dmWest),
      approve('division:d-west', vp),
    ]) {
      events.push(...planDecider.decide(c, fold(planDecider, events)));
    }
    expect(planViewFor(fold(planDecider, events), vp, org)!.approved).toBe(true);
    expect(planViewFor(planDecider.initialState(), vp, org)).toBeNull();
  });
});

describe('plan: a move does not open a back door into approved figures (issue 8 item 3)', () => {
  it("the new division's manager cannot overwrite a moved salesperson's approved targets with a plain edit", () => {
    const eastApproved = [
      ...eastSubmitted(),
      ...spec.given(eastSubmitted()).when(approve('division:d-east', vp)).events(),
    ];
    // s-1 moves from 华东 to 华西 in the tree.
    const moved: OrgSnapshot = {
      ...org,
      divisions: [
        { id: 'd-east', managerId: 'dm-east', salespeople: ['s-2'] },
        { id: 'd-west', managerId: 'dm-west', salespeople: ['s-3', 's-1'] },
      ],
    };
    const overwrite: PlanCommand = {
      type: 'SetTargets',
      data: { actor: dmWest, node: 'salesperson:s-1', targets: sales(100), org: moved },
    };
    const error = spec.given(eastApproved).when(overwrite).thenThrows(DomainError, 'node-in-other-split');
    expect(error.details).toEqual({
      node: 'salesperson:s-1',
      heldBy: 'division:d-east',
      status: 'approved',
      unit: 'division:d-west',
    });
  });
});

describe('plan: a plan opened wrongly is corrected or abandoned while in draft (issue 8 item 7)', () => {
  const correct = (currency: string, actor: Actor = vp): PlanCommand => ({
    type: 'CorrectPlan',
    data: { actor, currency },
  });
  const abandon = (reason: string, actor: Actor = vp): PlanCommand => ({
    type: 'AbandonPlan',
    data: { actor, reason },
  });
  const usd: PlanCommand = { type: 'OpenPlan', data: { actor: vp, fiscalYear: 2026, currency: 'USD' } };

  it('corrects the currency of a draft plan, recorded with what it was', () => {
    spec
      .given(history(usd))
      .when(correct('CNY'))
      .then([
        {
          type: 'PlanCorrected',
          data: { fiscalYear: 2026, currency: 'CNY', previousCurrency: 'USD', correctedBy: 'vp-1' },
        },
      ]);
    spec.given(history(usd)).when(correct('USD')).then([]);
    spec.given(history(usd)).when(correct('RMB')).thenThrows(DomainError, 'invalid-currency');
    spec.given(history(usd)).when(correct('CNY', dmEast)).thenThrows(ForbiddenError, 'forbidden-role');
  });

  it('abandons a draft plan with a reason; the year may then be opened again, its history kept', () => {
    const drafted = history(usd, set('company', sales(1000)));
    spec.given(drafted).when(abandon(' ')).thenThrows(DomainError, 'reason-required');
    const abandoned = [...drafted, ...spec.given(drafted).when(abandon('币种开错')).events()];
    expect(abandoned.at(-1)).toEqual({
      type: 'PlanAbandoned',
      data: { fiscalYear: 2026, reason: '币种开错', abandonedBy: 'vp-1' },
    });
    expect(fold(planDecider, abandoned)).toEqual({
      status: 'abandoned',
      fiscalYear: 2026,
      reason: '币种开错',
    });
    spec
      .given(abandoned)
      .when(set('company', sales(1000)))
      .thenThrows(NotFoundError, 'plan-not-opened');
    const reopened = [...abandoned, ...spec.given(abandoned).when(open).events()];
    expect(fold(planDecider, reopened)).toMatchObject({ status: 'open', currency: 'CNY' });
    expect(reopened.length).toBe(abandoned.length + 1);
  });

  it('once anything was submitted or approved, the plan is no longer a draft: revise instead', () => {
    const error = spec
      .given(companySplitSubmitted())
      .when(correct('USD'))
      .thenThrows(DomainError, 'plan-not-draft');
    expect(error.details).toEqual({ fiscalYear: 2026, units: ['company'] });
    spec
      .given(history(...companySplit, approve('company')))
      .when(abandon('重来'))
      .thenThrows(DomainError, 'plan-not-draft');
  });
});

describe('plan: edits on a stale view (If-Match, issue 8 item 8)', () => {
  const edit = (revision: number | undefined, amount: number, actor: Actor = vp): PlanCommand => ({
    type: 'SetTargets',
    data: {
      actor,
      node: 'division:d-east',
      targets: sales(amount),
      org,
      ...(revision === undefined ? {} : { expectedRevision: revision }),
    },
  });

  it('counts each change of a node and refuses an edit based on an older count, naming who changed it', () => {
    const drafted = history(open, set('company', sales(1000)), edit(undefined, 600, admin));
    const state = fold(planDecider, drafted) as OpenPlanState;
    expect(state.nodes['division:d-east']).toMatchObject({ revision: 1, changedBy: 'it-1' });
    expect(spec.given(drafted).when(edit(1, 650)).events()).toHaveLength(1);
    const stale = spec.given(drafted).when(edit(0, 650)).thenThrows(ConflictError, 'stale-node');
    expect(stale.details).toEqual({
      node: 'division:d-east',
      expectedRevision: 0,
      revision: 1,
      changedBy: 'it-1',
    });
    // A node nobody has edited yet is at revision 0.
    expect(spec.given(history(open)).when(edit(0, 600)).events()).toHaveLength(1);
    spec.given(history(open)).when(edit(2, 600)).thenThrows(ConflictError, 'stale-node');
  });

  it('edits of different nodes never conflict with each other', () => {
    const base = history(open, set('company', sales(1000)), edit(undefined, 600));
    const west: PlanCommand = {
      type: 'SetTargets',
      data: { actor: vp, node: 'division:d-west', targets: sales(400), org, expectedRevision: 0 },
    };
    expect(spec.given(base).when(west).events()).toHaveLength(1);
  });
});

describe('plan: ids that are names on Object.prototype are ordinary ids', () => {
  it('a division toString and a salesperson constructor are planned; the state holds no prototype names', () => {
    const odd: OrgSnapshot = {
      divisions: [{ id: 'toString', managerId: null, salespeople: ['constructor'] }],
      people: [
        { id: 'vp-1', role: 'vp', managerId: null },
        { id: 'constructor', role: 'salesperson', managerId: 'vp-1' },
      ],
    };
    const setOdd = (node: string, amount: number): PlanCommand => ({
      type: 'SetTargets',
      data: { actor: vp, node, targets: sales(amount), org: odd },
    });
    const state = fold(
      planDecider,
      history(open, setOdd('division:toString', 5), setOdd('salesperson:constructor', 5)),
    );
    if (state.status !== 'open') throw new Error('plan not open');
    expect(Object.keys(state.nodes)).toEqual(['division:toString', 'salesperson:constructor']);
    expect(Object.keys(state.units)).toEqual(['company', 'division:toString']);
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(state.nodes[id]).toBeUndefined();
      expect(state.units[id]).toBeUndefined();
    }
  });
});

describe('plan: the 总经理 above the VP approves the company split (issue 8 items 1 and 9)', () => {
  const gm: Actor = { userId: 'gm-1', role: 'general_manager' };
  const gmPerson = { id: 'gm-1', role: 'general_manager', managerId: null } as const;
  /** The VP answers to the 总经理. */
  const withGm: OrgSnapshot = {
    ...org,
    people: [gmPerson, ...org.people.map((p) => (p.id === 'vp-1' ? { ...p, managerId: 'gm-1' } : p))],
  };
  /** A 总经理 in the tree whom the VP does not answer to. */
  const gmAside: OrgSnapshot = { ...org, people: [gmPerson, ...org.people] };
  const inTree =
    (tree: OrgSnapshot) =>
    (command: PlanCommand): PlanCommand =>
      ({ ...command, data: { ...command.data, org: tree } }) as PlanCommand;
  const submittedIn = (tree: OrgSnapshot) => history(open, ...companySplit.slice(1).map(inTree(tree)));

  it('a general_manager above the VP approves the company split; the VP, who submitted it, cannot', () => {
    const submitted = submittedIn(withGm);
    const own = spec
      .given(submitted)
      .when(inTree(withGm)(approve('company', vp)))
      .thenThrows(ForbiddenError, 'own-submission');
    expect(own.details).toMatchObject({ unit: 'company', approverId: 'gm-1', userId: 'vp-1' });
    spec
      .given(submitted)
      .when(inTree(withGm)(reject('company', '自己退回', vp)))
      .thenThrows(ForbiddenError, 'own-submission');
    const [approved] = spec
      .given(submitted)
      .when(inTree(withGm)(approve('company', gm)))
      .events();
    expect(approved).toMatchObject({
      type: 'TargetsApproved',
      data: { unit: 'company', approvedBy: 'gm-1', selfApproval: false },
    });
  });

  it("without a general_manager above him, the VP's approval of the company split is recorded as selfApproval", () => {
    for (const tree of [org, gmAside]) {
      const [approved] = spec
        .given(submittedIn(tree))
        .when(inTree(tree)(approve('company', vp)))
        .events();
      expect(approved).toMatchObject({
        type: 'TargetsApproved',
        data: { unit: 'company', approvedBy: 'vp-1', selfApproval: true },
      });
    }
    // A 总经理 the VP does not answer to is not the level above: he does not decide.
    spec
      .given(submittedIn(gmAside))
      .when(inTree(gmAside)(approve('company', gm)))
      .thenThrows(ForbiddenError, 'not-the-approver');
  });
});
