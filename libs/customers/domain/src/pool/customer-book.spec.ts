import { ConflictError, specify } from '@sales/shared/domain';
import {
  type BookCommand,
  type BookEvent,
  PLACE_COUNTED_MS,
  type PlaceKind,
  type ReservePlace,
  customerBookDecider,
} from './customer-book';
import { DEFAULT_POOL_POLICY } from './pool-policy';

const today = '2026-11-28';
const at = (ms: number) => new Date(Date.parse('2026-11-28T02:00:00Z') + ms).toISOString();
const policy = { ...DEFAULT_POOL_POLICY, dailyClaimLimit: 2, holdLimit: 3 };

const reserved = (n: number, kind: PlaceKind = 'claim', reservedAt = at(0), on = today): BookEvent => ({
  type: 'PlaceReserved',
  data: {
    personId: 'p-li',
    reservationId: `r-${n}`,
    customerId: `c-${n}`,
    kind,
    reservedAt,
    on,
    counts: true,
    policyVersion: 0,
  },
});
const reserve = (n: number, over: Partial<ReservePlace['data']> = {}): BookCommand => ({
  type: 'ReservePlace',
  data: {
    personId: 'p-li',
    reservationId: `r-${n}`,
    customerId: `c-${n}`,
    kind: 'claim',
    now: at(1000),
    today,
    policy,
    held: [],
    exempt: false,
    withRecentContract: [],
    lapsed: [],
    ...over,
  },
});
const book = specify(customerBookDecider);

describe('私海名额 a salesperson’s book of places (C7 caps under concurrency)', () => {
  it('a claim within the day’s limit takes a place', () => {
    const [event] = book
      .given([reserved(1)])
      .when(reserve(2))
      .events();
    expect(event).toMatchObject({
      type: 'PlaceReserved',
      data: { customerId: 'c-2', kind: 'claim', on: today },
    });
  });

  it('the daily claim limit counts every claim of the day, even one whose customer is not written yet', () => {
    const error = book
      .given([reserved(1), reserved(2)])
      .when(reserve(3))
      .thenThrows(ConflictError, 'daily-claim-limit-reached');
    expect(error.details).toEqual({ personId: 'p-li', claimed: 2, limit: 2 });
  });

  it('yesterday’s claims do not count today', () => {
    book
      .given([
        reserved(1, 'claim', at(-86_400_000), '2026-11-27'),
        reserved(2, 'claim', at(-86_400_000), '2026-11-27'),
      ])
      .when(reserve(3))
      .events();
  });

  it('assignments and transfers are not claims: only the hold limit applies to them', () => {
    book
      .given([reserved(1), reserved(2)])
      .when(reserve(3, { kind: 'assignment' }))
      .events();
  });

  it('a refused claim’s place is released (compensation) and no longer counts', () => {
    const released: BookEvent = {
      type: 'PlaceReleased',
      data: { personId: 'p-li', reservationId: 'r-2', customerId: 'c-2' },
    };
    book
      .given([reserved(1), reserved(2), released])
      .when(reserve(3))
      .events();
  });

  it('a claim that never became a customer (crash between the steps) stops counting once lapsed', () => {
    const late = { now: at(PLACE_COUNTED_MS), lapsed: ['r-2'] };
    book
      .given([reserved(1), reserved(2)])
      .when(reserve(3, late))
      .events();
    // Not before it is old enough: the customer's side may still take it.
    book
      .given([reserved(1), reserved(2)])
      .when(reserve(3, { lapsed: ['r-2'] }))
      .thenThrows(ConflictError, 'daily-claim-limit-reached');
  });

  it('the hold limit counts the customers held plus the places still under way', () => {
    const error = book
      .given([reserved(1, 'transfer')])
      .when(reserve(4, { kind: 'transfer', held: ['c-8', 'c-9'] }))
      .thenThrows(ConflictError, 'hold-limit-reached');
    expect(error.details).toEqual({ personId: 'p-li', held: 3, limit: 3 });
  });

  it('a place already among the customers held is counted once', () => {
    book
      .given([reserved(1, 'transfer')])
      .when(reserve(4, { kind: 'transfer', held: ['c-1', 'c-9'] }))
      .events();
  });

  it('places older than the counting time are settled in the customers read (`held`)', () => {
    book
      .given([reserved(1, 'transfer', at(0), '2026-11-27')])
      .when(reserve(4, { kind: 'transfer', held: ['c-8', 'c-9'], now: at(PLACE_COUNTED_MS) }))
      .events();
  });

  it('a customer with a contract in the last 12 months takes no place under the hold limit', () => {
    const [event] = book
      .given([])
      .when(reserve(4, { kind: 'transfer', held: ['c-7', 'c-8', 'c-9'], exempt: true }))
      .events();
    expect(event.data).toMatchObject({ counts: false });
  });

  it('a place whose customer has since signed a contract takes no place any more', () => {
    const held = ['c-8', 'c-9'];
    book
      .given([reserved(1, 'transfer')])
      .when(reserve(4, { kind: 'transfer', held }))
      .thenThrows(ConflictError, 'hold-limit-reached');
    book
      .given([reserved(1, 'transfer')])
      .when(reserve(4, { kind: 'transfer', held, withRecentContract: ['c-1'] }))
      .events();
  });

  it('a retried reservation finds its own place and records nothing', () => {
    book
      .given([reserved(1)])
      .when(reserve(1))
      .then([]);
  });

  it('only a place it holds is released', () => {
    const release = (n: number): BookCommand => ({
      type: 'ReleasePlace',
      data: { personId: 'p-li', reservationId: `r-${n}`, customerId: `c-${n}` },
    });
    book
      .given([reserved(1)])
      .when(release(9))
      .then([]);
    book
      .given([reserved(1)])
      .when(release(1))
      .then([{ type: 'PlaceReleased', data: { personId: 'p-li', reservationId: 'r-1', customerId: 'c-1' } }]);
  });
});
