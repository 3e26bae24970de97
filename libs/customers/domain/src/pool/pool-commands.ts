import type { BusinessDate, Command } from '@sales/shared/domain';
import type { Circumstances } from '../registry/customer-commands';
import type { PoolPolicyVersion } from './pool-policy';

/** The place reserved in the receiver's book before the customer changes hands (customer-book.ts). */
export type PlaceHeld = Readonly<{ reservationId: string; reservedAt: string }>;

/**
 * What every change that gives a customer to a person is checked against besides who asks: the
 * pool's rules in force (cooling period) and the receiver's reserved place, with the recorded
 * time to tell whether that place is still held.
 */
export type PoolGuard = Readonly<{ policy: PoolPolicyVersion; place: PlaceHeld; now: string }>;

/** 领取: a salesperson takes a customer from the pool for themself. */
export type ClaimCustomer = Command<'ClaimCustomer', Circumstances & PoolGuard & Readonly<{ note: string }>>;

/** 分配: the VP, sales admin or a manager gives a pool customer to a salesperson. */
export type AssignFromPool = Command<
  'AssignFromPool',
  Circumstances & PoolGuard & Readonly<{ toOwnerId: string; note: string }>
>;

/** 退回公海: the owner or a manager puts the customer back in the pool, saying why. */
export type ReleaseToPool = Command<'ReleaseToPool', Circumstances & Readonly<{ note: string }>>;

/**
 * The scheduled check (系统): returns the customer when a rule is due, warns the owner in the days
 * before. `lastVisitOn` is the last follow-up the field-work slice knows of, null when none.
 */
export type ReturnToPoolIfDue = Command<
  'ReturnToPoolIfDue',
  Readonly<{ today: BusinessDate; policy: PoolPolicyVersion; lastVisitOn: BusinessDate | null }>
>;

/** 撞单申请: ask for a customer someone else owns. */
export type RequestCustomer = Command<
  'RequestCustomer',
  Circumstances & Readonly<{ requestId: string; reason: string }>
>;

export type ApproveCustomerRequest = Command<
  'ApproveCustomerRequest',
  Circumstances & PoolGuard & Readonly<{ requestId: string; note: string }>
>;

export type RejectCustomerRequest = Command<
  'RejectCustomerRequest',
  Circumstances & Readonly<{ requestId: string; note: string }>
>;

export type PoolCommand =
  | ClaimCustomer
  | AssignFromPool
  | ReleaseToPool
  | ReturnToPoolIfDue
  | RequestCustomer
  | ApproveCustomerRequest
  | RejectCustomerRequest;
