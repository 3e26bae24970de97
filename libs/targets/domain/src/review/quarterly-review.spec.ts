import { type Actor, DomainError, ForbiddenError, NotFoundError, fold, specify } from '@sales/shared/domain';
import type { QuarterlyReviewEvent, QuarterlyReviewForm } from './quarterly-review-events';
import type { OrgSnapshot } from '../org-snapshot';
import { type ExistingReview, quarterlyReviewDecider } from './quarterly-review';
import type { QuarterlyReviewCommand } from './quarterly-review-commands';
import { listQuarterlyReviews } from './quarterly-review-list';

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
const s1: Actor = { userId: 's-1', role: 'salesperson' };
const s2: Actor = { userId: 's-2', role: 'salesperson' };
const dmEast: Actor = { userId: 'dm-east', role: 'division_manager' };
const dmWest: Actor = { userId: 'dm-west', role: 'division_manager' };
const vp: Actor = { userId: 'vp-1', role: 'vp' };
const supervisor: Actor = { userId: 'sa-1', role: 'sales_admin' };

const form: QuarterlyReviewForm = {
  yearEndGoal: '全年销售额 600 万',
  obstacles: '竞品降价',
  territoryStrengths: '老客户复购率高',
  territoryWeaknesses: '新区域客户少',
  impactIfMissed: '下半年每季度需多完成 50 万',
  lastQuarterProgress: '新增客户 5 家',
  howProgressWasAchieved: '联合拜访',
  makeUpForMisses: '加大回访频率',
};

const submit = (
  data: Partial<Extract<QuarterlyReviewCommand, { type: 'SubmitQuarterlyReview' }>['data']> = {},
): QuarterlyReviewCommand => ({
  type: 'SubmitQuarterlyReview',
  data: {
    actor: s1,
    salespersonId: 's-1',
    fiscalYear: 2026,
    quarter: 2,
    form,
    org,
    today: '2026-07-01',
    ...data,
  },
});
const comment = (actor: Actor, text = '思路清晰，注意新区域开拓'): QuarterlyReviewCommand => ({
  type: 'CommentOnQuarterlyReview',
  data: { actor, comment: text, org },
});
const archive = (actor: Actor): QuarterlyReviewCommand => ({
  type: 'ArchiveQuarterlyReview',
  data: { actor, org },
});

const key = { salespersonId: 's-1', fiscalYear: 2026, quarter: 2 };
const submitted: QuarterlyReviewEvent = {
  type: 'QuarterlyReviewSubmitted',
  data: { ...key, divisionId: 'd-east', form },
};
const commented: QuarterlyReviewEvent = {
  type: 'QuarterlyReviewCommented',
  data: { ...key, commentedBy: 'dm-east', comment: '好' },
};
const archived: QuarterlyReviewEvent = {
  type: 'QuarterlyReviewArchived',
  data: { ...key, archivedBy: 'dm-east' },
};

const spec = specify(quarterlyReviewDecider);

describe('quarterly review (T5)', () => {
  it('refuses a review of a quarter that has not begun (the day it begins is fine)', () => {
    spec
      .given([])
      .when(submit({ quarter: 3, today: '2026-06-30' }))
      .thenThrows(DomainError, 'quarter-not-started');
    spec
      .given([])
      .when(submit({ quarter: 3, today: '2026-07-01' }))
      .then([{ type: 'QuarterlyReviewSubmitted', data: { ...key, quarter: 3, divisionId: 'd-east', form } }]);
  });

  it('the salesperson submits the form for their quarter, with their division', () => {
    spec.given([]).when(submit()).then([submitted]);
  });

  it('every question must be answered', () => {
    const error = spec
      .given([])
      .when(submit({ form: { ...form, obstacles: ' ' } }))
      .thenThrows(DomainError, 'review-field-required');
    expect(error.details).toEqual({ field: 'obstacles' });
  });

  it('only the salesperson themselves submit', () => {
    spec
      .given([])
      .when(submit({ actor: s2 }))
      .thenThrows(ForbiddenError, 'not-your-review');
    spec
      .given([])
      .when(submit({ actor: dmEast }))
      .thenThrows(ForbiddenError, 'forbidden-role');
    spec
      .given([])
      .when(submit({ actor: { userId: 'x', role: 'salesperson' }, salespersonId: 'x' }))
      .thenThrows(NotFoundError, 'unknown-salesperson');
  });

  it('refuses an invalid period and a review of another period on this stream', () => {
    spec
      .given([])
      .when(submit({ quarter: 5 }))
      .thenThrows(DomainError, 'invalid-period');
    spec
      .given([submitted])
      .when(submit({ quarter: 3 }))
      .thenThrows(DomainError, 'review-mismatch');
  });

  it('can be resubmitted until the manager comments', () => {
    expect(
      spec
        .given([submitted])
        .when(submit({ form: { ...form, obstacles: '竞品降价，交期长' } }))
        .events()[0].data,
    ).toMatchObject({ form: { obstacles: '竞品降价，交期长' } });
    spec.given([submitted, commented]).when(submit()).thenThrows(DomainError, 'review-already-commented');
    spec
      .given([submitted, commented, archived])
      .when(submit())
      .thenThrows(DomainError, 'review-already-archived');
  });

  it('the division manager (or the VP) comments once', () => {
    spec.given([submitted]).when(comment(dmEast, ' 好 ')).then([commented]);
    expect(spec.given([submitted]).when(comment(vp)).events()).toHaveLength(1);
    spec
      .given([submitted, commented])
      .when(comment(dmEast))
      .thenThrows(DomainError, 'review-already-commented');
    spec.given([submitted]).when(comment(dmEast, '')).thenThrows(DomainError, 'field-required');
    spec.given([]).when(comment(dmEast)).thenThrows(NotFoundError, 'review-not-found');
  });

  it('nobody else comments: not the salesperson, not another division’s manager', () => {
    spec.given([submitted]).when(comment(s1)).thenThrows(ForbiddenError, 'forbidden-role');
    spec.given([submitted]).when(comment(dmWest)).thenThrows(ForbiddenError, 'not-your-division');
    spec.given([submitted]).when(comment(supervisor)).thenThrows(ForbiddenError, 'forbidden-role');
  });

  it('is archived after the comment, once, by the manager, the VP or the sales-admin supervisor', () => {
    spec.given([submitted, commented]).when(archive(dmEast)).then([archived]);
    expect(spec.given([submitted, commented]).when(archive(supervisor)).events()[0].data).toMatchObject({
      archivedBy: 'sa-1',
    });
    spec.given([submitted]).when(archive(dmEast)).thenThrows(DomainError, 'review-not-commented');
    spec
      .given([submitted, commented, archived])
      .when(archive(dmEast))
      .thenThrows(DomainError, 'review-already-archived');
    spec
      .given([submitted, commented, archived])
      .when(comment(dmEast))
      .thenThrows(DomainError, 'review-already-archived');
    spec.given([submitted, commented]).when(archive(s1)).thenThrows(ForbiddenError, 'forbidden-role');
    spec.given([submitted, commented]).when(archive(dmWest)).thenThrows(ForbiddenError, 'not-your-division');
  });
});

describe('listing quarterly reviews', () => {
  const review = (
    salespersonId: string,
    divisionId: string,
    quarter: number,
    events: 'submitted' | 'archived',
  ): ExistingReview => {
    const k = { salespersonId, fiscalYear: 2026, quarter };
    const history: QuarterlyReviewEvent[] = [
      { type: 'QuarterlyReviewSubmitted', data: { ...k, divisionId, form } },
    ];
    if (events === 'archived') {
      history.push({ type: 'QuarterlyReviewCommented', data: { ...k, commentedBy: 'm', comment: 'ok' } });
      history.push({ type: 'QuarterlyReviewArchived', data: { ...k, archivedBy: 'm' } });
    }
    return fold(quarterlyReviewDecider, history) as ExistingReview;
  };
  const reviews = [
    review('s-3', 'd-west', 1, 'archived'),
    review('s-1', 'd-east', 2, 'submitted'),
    review('s-1', 'd-east', 1, 'archived'),
    review('s-2', 'd-east', 1, 'archived'),
  ];
  const ids = (list: ExistingReview[]) => list.map((r) => `${r.salespersonId}/Q${r.quarter}/${r.status}`);

  it('lists archived reviews in period order, within the reader’s scope', () => {
    expect(ids(listQuarterlyReviews(reviews, vp, org, { status: 'archived' }))).toEqual([
      's-1/Q1/archived',
      's-2/Q1/archived',
      's-3/Q1/archived',
    ]);
    expect(ids(listQuarterlyReviews(reviews, dmEast, org))).toEqual([
      's-1/Q1/archived',
      's-2/Q1/archived',
      's-1/Q2/submitted',
    ]);
    expect(ids(listQuarterlyReviews(reviews, s1, org))).toEqual(['s-1/Q1/archived', 's-1/Q2/submitted']);
    expect(ids(listQuarterlyReviews(reviews, supervisor, org, { quarter: 1, divisionId: 'd-west' }))).toEqual(
      ['s-3/Q1/archived'],
    );
    // The 总经理, above the VP, reads every review as he reads every target.
    expect(listQuarterlyReviews(reviews, { userId: 'gm-1', role: 'general_manager' }, org)).toHaveLength(4);
    expect(listQuarterlyReviews(reviews, { userId: 'f', role: 'finance' }, org)).toEqual([]);
  });
});
