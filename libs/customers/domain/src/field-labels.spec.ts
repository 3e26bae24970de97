import { CUSTOMERS_DETAIL_LABELS } from './error-messages';

describe('body fields in customers messages', () => {
  const field = (value: string) => CUSTOMERS_DETAIL_LABELS['field'](value, {})?.zh;

  it.each([
    ['visitedAt', '拜访时间 visitedAt'],
    ['amountMinor', '金额（分）amountMinor'],
    ['contacts[2].phones[0]', '联系人电话 contacts[].phones[]'],
    ['thresholds.B', 'B 级下限 thresholds.B'],
    ['revisitCadenceDays.A', 'A 级回访周期（天）revisitCadenceDays.A'],
  ])('%s reads as %s, whichever slice refused it', (value, label) => expect(field(value)).toBe(label));

  it('an unknown field is shown as it is', () => expect(field('whatever')).toBeUndefined());
});
