import { ConflictError, DomainError, ForbiddenError, NotFoundError, specify } from '@sales/shared/domain';
import { DEPARTMENT, actorOf } from '../../testing/department.fixture';
import type { OrgView } from '../../org-view';
import { expenseDecider } from './expense';
import type { ApproveExpense, ExpenseCommand, RecordExpense, RejectExpense } from './expense-commands';
import type { ExpenseApproved, ExpenseRecorded, ExpenseRejected } from './expense-events';

const spec = specify(expenseDecider);
const TODAY = '2026-03-16';

const record = (over: Partial<RecordExpense['data']> = {}): ExpenseCommand => ({
  type: 'RecordExpense',
  data: {
    actor: actorOf('p-li'),
    today: TODAY,
    orgOnDate: DEPARTMENT,
    expenseId: 'e-1',
    personId: 'p-li',
    date: '2026-03-13',
    category: 'entertainment',
    amountMinor: 123_456,
    currency: 'CNY',
    customerId: 'c-1',
    receiptRef: 'FP-2026-0313-01',
    ...over,
  },
});
const approve = (by: string, over: Partial<ApproveExpense['data']> = {}): ExpenseCommand => ({
  type: 'ApproveExpense',
  data: { actor: actorOf(by), today: TODAY, org: DEPARTMENT, expenseId: 'e-1', ...over },
});
const reject = (
  by: string,
  reason = '无客户签字',
  over: Partial<RejectExpense['data']> = {},
): ExpenseCommand => ({
  type: 'RejectExpense',
  data: { actor: actorOf(by), today: TODAY, org: DEPARTMENT, expenseId: 'e-1', reason, ...over },
});

const recorded = (over: Partial<ExpenseRecorded['data']> = {}): ExpenseRecorded => ({
  type: 'ExpenseRecorded',
  data: {
    expenseId: 'e-1',
    personId: 'p-li',
    divisionId: 'd-east',
    date: '2026-03-13',
    category: 'entertainment',
    amountMinor: 123_456,
    currency: 'CNY',
    customerId: 'c-1',
    receiptRef: 'FP-2026-0313-01',
    ...over,
  },
});
const approved = (by = 'p-chen', selfApproved = false): ExpenseApproved => ({
  type: 'ExpenseApproved',
  data: { expenseId: 'e-1', approvedBy: by, approvedOn: TODAY, selfApproved },
});
const rejected = (by = 'p-chen', reason = '无客户签字'): ExpenseRejected => ({
  type: 'ExpenseRejected',
  data: { expenseId: 'e-1', rejectedBy: by, rejectedOn: TODAY, reason },
});

describe('费用 expenses (C5): recording', () => {
  it('a person records their own expense, credited to their division on its date', () => {
    spec.given([]).when(record()).then([recorded()]);
    const moved: OrgView = {
      ...DEPARTMENT,
      people: DEPARTMENT.people.map((p) => (p.id === 'p-li' ? { ...p, divisionId: 'd-south' } : p)),
    };
    spec
      .given([])
      .when(record({ orgOnDate: moved }))
      .then([recorded({ divisionId: 'd-south' })]);
  });

  it('the same expense sent again records nothing', () => {
    spec.given([recorded()]).when(record()).then([]);
  });

  it('refuses an amount that is a float, zero, negative or beyond a safe integer, naming amountMinor', () => {
    for (const amountMinor of [12.5, 0, -100, Number.MAX_SAFE_INTEGER + 1]) {
      const error = spec
        .given([])
        .when(record({ amountMinor }))
        .thenThrows(DomainError, 'invalid-expense-amount');
      expect(error.details).toEqual({ field: 'amountMinor', value: amountMinor });
    }
  });

  it('refuses an expense for someone else (403), a day to come, an unknown category or currency', () => {
    spec
      .given([])
      .when(record({ actor: actorOf('p-chen') }))
      .thenThrows(ForbiddenError, 'expense-for-someone-else');
    spec
      .given([])
      .when(record({ date: '2026-03-17' }))
      .thenThrows(DomainError, 'expense-in-the-future');
    spec
      .given([])
      .when(record({ date: '2026-02-29' }))
      .thenThrows(DomainError, 'invalid-business-date');
    spec
      .given([])
      .when(record({ category: 'bribes' as never }))
      .thenThrows(DomainError, 'invalid-expense-category');
    spec
      .given([])
      .when(record({ currency: 'RMB' }))
      .thenThrows(DomainError, 'unknown-currency');
    spec
      .given([])
      .when(record({ orgOnDate: { divisions: [], people: [] } }))
      .thenThrows(DomainError, 'not-in-org-on-date');
  });
});

describe('费用 expenses (C5): the decision of someone above the person', () => {
  it('the person’s manager (or the VP) approves; approving again changes nothing', () => {
    spec
      .given([recorded()])
      .when(approve('p-chen'))
      .then([approved('p-chen')]);
    spec
      .given([recorded()])
      .when(approve('p-vp'))
      .then([approved('p-vp')]);
    spec.given([recorded(), approved()]).when(approve('p-chen')).then([]);
  });

  it('nobody else decides: not the person, a peer, another division’s manager, finance (403)', () => {
    for (const by of ['p-li', 'p-wang', 'p-zhou', 'p-fin']) {
      const error = spec
        .given([recorded()])
        .when(approve(by))
        .thenThrows(ForbiddenError, 'expense-decider-not-above');
      expect(error.details).toMatchObject({ amount: '1,234.56 元', category: 'entertainment' });
      spec.given([recorded()]).when(reject(by)).thenThrows(ForbiddenError, 'expense-decider-not-above');
    }
  });

  it('the top of the tree, with nobody above, approves their own expense, recorded as such', () => {
    const vpExpense = recorded({ personId: 'p-vp', divisionId: null });
    spec
      .given([vpExpense])
      .when(approve('p-vp'))
      .then([approved('p-vp', true)]);
  });

  it('a rejection needs a reason', () => {
    spec.given([recorded()]).when(reject('p-chen')).then([rejected()]);
    const error = spec
      .given([recorded()])
      .when(reject('p-chen', '  '))
      .thenThrows(DomainError, 'expense-reject-needs-reason');
    expect(error.details).toEqual({ field: 'reason' });
  });

  it('is decided once: approving a rejected expense, or rejecting an approved one, is a conflict (409)', () => {
    const error = spec
      .given([recorded(), rejected()])
      .when(approve('p-chen'))
      .thenThrows(ConflictError, 'expense-already-decided');
    expect(error.details).toMatchObject({
      expenseStatus: 'rejected',
      decidedBy: 'p-chen',
      amount: '1,234.56 元',
    });
    spec
      .given([recorded(), approved()])
      .when(reject('p-vp'))
      .thenThrows(ConflictError, 'expense-already-decided');
    spec.given([recorded(), rejected()]).when(reject('p-chen')).then([]);
  });

  it('an unknown expense is a 404', () => {
    spec.given([]).when(approve('p-chen')).thenThrows(NotFoundError, 'unknown-expense');
  });

  it('publishes approved expenses with person, division on the date, date, category and amount; no receipt or reason', () => {
    expect(spec.given([recorded()]).when(approve('p-chen')).published()).toEqual([
      {
        type: 'ExpenseApproved',
        schemaVersion: 1,
        data: {
          expenseId: 'e-1',
          personId: 'p-li',
          divisionId: 'd-east',
          businessDate: '2026-03-13',
          category: 'entertainment',
          amountMinor: 123_456,
          currency: 'CNY',
          customerId: 'c-1',
          approvedBy: 'p-chen',
          approvedOn: TODAY,
          selfApproved: false,
        },
      },
    ]);
    const rejection = spec.given([recorded()]).when(reject('p-chen')).published();
    expect(JSON.stringify(rejection)).not.toContain('签字');
    expect(JSON.stringify(spec.given([]).when(record()).published())).not.toContain('FP-2026');
  });
});
