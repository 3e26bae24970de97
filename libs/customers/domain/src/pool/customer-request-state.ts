import type { BusinessDate } from '@sales/shared/domain';
import type { PoolEvent } from './pool-events';

/** A 撞单 request as the customer's record keeps it. */
export type CustomerRequest = Readonly<{
  requestId: string;
  requesterId: string;
  /** Whom the customer was requested from (its owner then). */
  ownerId: string;
  reason: string;
  requestedOn: BusinessDate;
  status: 'pending' | 'approved' | 'rejected';
  deciderId: string | null;
  note: string;
  decidedOn: BusinessDate | null;
}>;

/** The requests after one of the pool's events (warnings leave them as they are). */
export function evolveRequests(
  requests: readonly CustomerRequest[],
  event: PoolEvent,
): readonly CustomerRequest[] {
  switch (event.type) {
    case 'CustomerRequested': {
      const { requestId, requesterId, ownerId, reason, requestedOn } = event.data;
      const request: CustomerRequest = {
        requestId,
        requesterId,
        ownerId,
        reason,
        requestedOn,
        status: 'pending',
        deciderId: null,
        note: '',
        decidedOn: null,
      };
      return [...requests, request];
    }
    case 'CustomerRequestApproved':
    case 'CustomerRequestRejected': {
      const { requestId, deciderId, note, decidedOn } = event.data;
      const status: CustomerRequest['status'] =
        event.type === 'CustomerRequestApproved' ? 'approved' : 'rejected';
      return requests.map((r) =>
        r.requestId === requestId ? { ...r, status, deciderId, note, decidedOn } : r,
      );
    }
    case 'PoolReturnWarned':
      return requests;
  }
}
