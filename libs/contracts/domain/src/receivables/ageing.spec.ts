import { ageingBucketOf, contractAgeing } from './ageing';
import { contract, terminated, yuan } from './receivables.fixture';

describe('账龄 ageing buckets (K5)', () => {
  it('0 days (the due date itself) is not yet due; 1, 30 | 31, 60 | 61, 90 | 91 on', () => {
    expect([-5, 0, 1, 30, 31, 60, 61, 90, 91, 400].map(ageingBucketOf)).toEqual([
      'not_due',
      'not_due',
      'd1_30',
      'd1_30',
      'd31_60',
      'd31_60',
      'd61_90',
      'd61_90',
      'd90_plus',
      'd90_plus',
    ]);
  });

  it('a contract’s outstanding instalments by their days overdue on the date asked', () => {
    // 2027-05-15: i1 (due 01-31) 104 days, i2 (due 03-31) 45 days, i3 not yet due; 350,000 received.
    expect(contractAgeing(contract, yuan(350_000), '2027-05-15')).toEqual({
      not_due: yuan(200_000),
      d1_30: 0,
      d31_60: yuan(450_000),
      d61_90: 0,
      d90_plus: 0,
    });
    expect(contractAgeing(contract, 0, '2027-05-15').d90_plus).toBe(yuan(300_000));
  });

  it('nothing before the signing date', () => {
    expect(contractAgeing(contract, 0, '2027-01-09')).toEqual({
      not_due: 0,
      d1_30: 0,
      d31_60: 0,
      d61_90: 0,
      d90_plus: 0,
    });
  });

  it('after a termination, instalments due after the termination date leave the receivables', () => {
    // Terminated 2027-04-15: i1 and i2 were due by then and stay; i3 (due 06-30) leaves.
    expect(contractAgeing(terminated, 0, '2027-05-15')).toEqual({
      not_due: 0,
      d1_30: 0,
      d31_60: yuan(500_000),
      d61_90: 0,
      d90_plus: yuan(300_000),
    });
    // As of a date before the termination, it is still all there.
    expect(contractAgeing(terminated, 0, '2027-04-01').not_due).toBe(yuan(200_000));
  });
});
