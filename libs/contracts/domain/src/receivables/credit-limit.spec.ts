import { DomainError, ForbiddenError, specify } from '@sales/shared/domain';
import { type SetCreditLimit, creditLimitDecider } from './credit-limit';
import { finance, salesperson, yuan } from './receivables.fixture';

const { given } = specify(creditLimitDecider);
const set = (data: Partial<SetCreditLimit['data']> = {}): SetCreditLimit => ({
  type: 'SetCreditLimit',
  data: {
    customerId: 'c-1',
    limitMinor: yuan(800_000),
    currency: 'CNY',
    by: finance,
    today: '2027-01-05',
    ...data,
  },
});
const limitSet = (limitMinor: number | null) => ({
  type: 'CreditLimitSet' as const,
  data: { customerId: 'c-1', limitMinor, currency: 'CNY', setBy: 'p-fin', setOn: '2027-01-05' },
});

describe('信用额度 credit limits (K5)', () => {
  it('finance sets a customer’s limit; it is published', () => {
    given([])
      .when(set())
      .then([limitSet(yuan(800_000))]);
    expect(given([]).when(set()).published()).toEqual([
      { type: 'CreditLimitSet', schemaVersion: 1, data: limitSet(yuan(800_000)).data },
    ]);
  });

  it('the same limit again records nothing; another one, or clearing it (null), does', () => {
    given([limitSet(yuan(800_000))])
      .when(set())
      .then([]);
    given([limitSet(yuan(800_000))])
      .when(set({ limitMinor: null }))
      .then([limitSet(null)]);
  });

  it('only finance (403); a float or negative limit is 400 naming the field; a bad currency 400', () => {
    given([])
      .when(set({ by: salesperson }))
      .thenThrows(ForbiddenError, 'receivables-finance-only');
    const error = given([])
      .when(set({ limitMinor: 10.5 }))
      .thenThrows(DomainError, 'credit-limit-not-fen');
    expect(error.details).toMatchObject({ field: 'limitMinor' });
    given([])
      .when(set({ limitMinor: -1 }))
      .thenThrows(DomainError, 'credit-limit-not-fen');
    given([])
      .when(set({ currency: 'RMB' }))
      .thenThrows(DomainError, 'credit-limit-currency');
  });
});
