import { type Decider, DomainError, assertNever } from './index';
import { specify } from './decider-specification';

type Counter = { value: number };
type Cmd = { type: 'Add'; data: { by: number } };
type Evt = { type: 'Added'; data: { by: number } };

const counter: Decider<Counter, Cmd, Evt> = {
  initialState: () => ({ value: 0 }),
  evolve: (s, e) => ({ value: s.value + e.data.by }),
  decide: (c, s) => {
    switch (c.type) {
      case 'Add':
        if (s.value + c.data.by > 10) throw new DomainError('over-limit', { value: s.value });
        return [{ type: 'Added', data: c.data }];
      default:
        return assertNever(c.type);
    }
  },
};

const spec = specify(counter);

describe('decider specification', () => {
  it('passes when the events match', () => {
    spec
      .given([{ type: 'Added', data: { by: 3 } }])
      .when({ type: 'Add', data: { by: 2 } })
      .then([{ type: 'Added', data: { by: 2 } }]);
  });
  it('fails when the events differ', () => {
    expect(() =>
      spec
        .given()
        .when({ type: 'Add', data: { by: 2 } })
        .then([]),
    ).toThrow(/expected events/);
  });
  it('checks the error class and code', () => {
    const error = spec
      .given([{ type: 'Added', data: { by: 9 } }])
      .when({ type: 'Add', data: { by: 2 } })
      .thenThrows(DomainError, 'over-limit');
    expect(error.details).toEqual({ value: 9 });
    expect(() =>
      spec
        .given()
        .when({ type: 'Add', data: { by: 2 } })
        .thenThrows(DomainError),
    ).toThrow(/but got no error/);
    expect(() =>
      spec
        .given([{ type: 'Added', data: { by: 9 } }])
        .when({ type: 'Add', data: { by: 2 } })
        .thenThrows(DomainError, 'other'),
    ).toThrow(/expected error code 'other'/);
  });
});
