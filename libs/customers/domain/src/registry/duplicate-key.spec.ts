import { ConflictError, specify } from '@sales/shared/domain';
import {
  type KeyEvent,
  type KeyCommand,
  KEY_RESERVATION_LEASE_MS,
  duplicateKeyDecider,
} from './duplicate-key';

const key = { kind: 'name', value: '华信科技' } as const;
const at = (ms: number) => new Date(Date.parse('2026-11-28T02:00:00Z') + ms).toISOString();
const reserved = (customerId: string, reservedAt = at(0), takenOverFrom: string | null = null): KeyEvent => ({
  type: 'KeyReserved',
  data: { ...key, customerId, ownerId: 'p-li', reservedAt, takenOverFrom },
});
const reserve = (
  customerId: string,
  now: string,
  holder?: Extract<KeyCommand, { type: 'ReserveKey' }>['data']['holder'],
): KeyCommand => ({
  type: 'ReserveKey',
  data: { key, customerId, ownerId: 'p-wang', now, holder },
});
const keys = specify(duplicateKeyDecider);

describe('查重 key reservations', () => {
  it('a free key is reserved', () => {
    keys
      .given([])
      .when(reserve('c-2', at(0)))
      .then([
        {
          type: 'KeyReserved',
          data: { ...key, customerId: 'c-2', ownerId: 'p-wang', reservedAt: at(0), takenOverFrom: null },
        },
      ]);
  });

  it('a key held by a registered customer is a 409 naming that customer, its owner and the key', () => {
    const error = keys
      .given([reserved('c-1')])
      .when(
        reserve('c-2', at(1000), {
          kind: 'holds',
          customerId: 'c-1',
          name: '华信科技有限公司',
          ownerId: 'p-li',
        }),
      )
      .thenThrows(ConflictError, 'duplicate-customer');
    expect(error.details).toEqual({
      key: 'name',
      value: '华信科技',
      customerId: 'c-1',
      name: '华信科技有限公司',
      ownerId: 'p-li',
    });
  });

  it('a key being registered right now is a 409 too (the other registration wins)', () => {
    keys
      .given([reserved('c-1')])
      .when(reserve('c-2', at(1000), { kind: 'unregistered' }))
      .thenThrows(ConflictError, 'duplicate-customer');
  });

  it('a key orphaned by a crash before its registration was written is taken over after the lease', () => {
    keys
      .given([reserved('c-1')])
      .when(reserve('c-2', at(KEY_RESERVATION_LEASE_MS), { kind: 'unregistered' }))
      .then([
        {
          type: 'KeyReserved',
          data: {
            ...key,
            customerId: 'c-2',
            ownerId: 'p-wang',
            reservedAt: at(KEY_RESERVATION_LEASE_MS),
            takenOverFrom: 'c-1',
          },
        },
      ]);
  });

  it('a key its holder was renamed away from (crash before the release) is taken over at once', () => {
    const events = keys
      .given([reserved('c-1')])
      .when(reserve('c-2', at(1), { kind: 'released' }))
      .events();
    expect(events[0].data).toMatchObject({ customerId: 'c-2', takenOverFrom: 'c-1' });
  });

  it('reserving again for the same customer changes nothing (a retried registration)', () => {
    keys
      .given([reserved('c-2')])
      .when(reserve('c-2', at(5)))
      .then([]);
  });

  it('a released key is free; only its holder releases it', () => {
    const release = (customerId: string): KeyCommand => ({ type: 'ReleaseKey', data: { key, customerId } });
    keys
      .given([reserved('c-1')])
      .when(release('c-9'))
      .then([]);
    keys
      .given([reserved('c-1')])
      .when(release('c-1'))
      .then([{ type: 'KeyReleased', data: { ...key, customerId: 'c-1' } }]);
    keys
      .given([reserved('c-1'), { type: 'KeyReleased', data: { ...key, customerId: 'c-1' } }])
      .when(reserve('c-2', at(1)))
      .events();
  });
});
