import { DEPARTMENT, actorOf } from '../testing/department.fixture';
import type { CustomerEvent, CustomerProfile, CustomerRegistered } from '../registry/customer-events';
import type { PoolGuard } from './pool-commands';
import { DEFAULT_POOL_POLICY, type PoolPolicyVersion } from './pool-policy';

/* Events and circumstances the pool's and the requests' specs are built from. */

export const TODAY = '2026-11-28';
export const NOW = '2026-11-28T02:00:00.000Z';

const profile: CustomerProfile = {
  name: '华信科技有限公司',
  creditCode: null,
  industry: '制造业',
  region: '上海',
  source: '展会',
  address: '',
};

export const registered = (over: Partial<CustomerRegistered['data']> = {}): CustomerEvent => ({
  type: 'CustomerRegistered',
  data: {
    customerId: 'c-1',
    profile,
    contacts: [{ name: '赵经理', title: '采购', phones: ['13800138000'], email: null }],
    notes: '',
    ownerId: 'p-li',
    divisionId: 'd-east',
    registeredOn: '2026-10-01',
    ...over,
  },
});

/** Registered straight into the pool (公海). */
export const inPool = (registeredOn = '2026-10-01') =>
  registered({ ownerId: null, divisionId: null, registeredOn });

export const returned = (fromOwnerId: string, on: string, fromDivisionId = 'd-east'): CustomerEvent => ({
  type: 'CustomerOwnerChanged',
  data: {
    customerId: 'c-1',
    fromOwnerId,
    fromDivisionId,
    toOwnerId: null,
    toDivisionId: null,
    reason: 'pool-return',
    note: '不再跟进',
    effectiveOn: on,
    cause: { kind: 'released' },
  },
});

export const contractSigned = (contractId: string, signedOn: string): CustomerEvent => ({
  type: 'CustomerContractSigned',
  data: { customerId: 'c-1', contractId, signedOn },
});

export const circumstances = (by: string, today = TODAY) => ({ actor: actorOf(by), org: DEPARTMENT, today });

/** The pool's rules in force and a place just reserved in the receiver's book. */
export const guard = (policy: Partial<PoolPolicyVersion> = {}, reservedAt = NOW, now = NOW): PoolGuard => ({
  policy: { ...DEFAULT_POOL_POLICY, ...policy },
  place: { reservationId: 'r-1', reservedAt },
  now,
});
