import { customersPublishedEvent } from '@sales/customers/events';
import type { PublishedEvent } from '@sales/shared/domain';
import type { CustomerEvent } from './customer-events';
import type { Customer } from './customer-state';

/**
 * What other systems see of a customer: the company and its ids, owners, status and merges.
 * Contacts, notes and the address are personal data (PIPL) and stay internal; they are read
 * through the API, with scope. Absorbing a duplicate publishes nothing of its own: subscribers
 * learn of the merge from CustomerMerged. Every signing stays internal (contracts publishes its
 * own); so do 撞单 requests and their reasons: their outcome is a change of owner. A pool return's
 * warning is published for whoever tells the owner; its cause stays with the internal event.
 */
export function publishCustomerEvent(event: CustomerEvent, after: Customer): readonly PublishedEvent[] {
  switch (event.type) {
    case 'CustomerRegistered': {
      const { customerId, profile, ownerId, divisionId, registeredOn } = event.data;
      const { name, creditCode, industry, region, source } = profile;
      return [
        customersPublishedEvent('CustomerRegistered', {
          customerId,
          name,
          creditCode,
          industry,
          region,
          source,
          status: after.status === 'active' ? 'active' : 'potential',
          ownerId,
          divisionId,
          registeredOn,
        }),
      ];
    }
    case 'CustomerEdited': {
      const { customerId, profile, changedOn } = event.data;
      const { name, creditCode, industry, region, source } = profile;
      return [
        customersPublishedEvent('CustomerProfileChanged', {
          customerId,
          name,
          creditCode,
          industry,
          region,
          source,
          changedOn,
        }),
      ];
    }
    case 'CustomerActivated':
      return [customersPublishedEvent('CustomerActivated', event.data)];
    case 'CustomerContractSigned':
      return [];
    case 'CustomerOwnerChanged': {
      const { note: _note, cause: _cause, ...published } = event.data;
      return [customersPublishedEvent('CustomerOwnerChanged', published)];
    }
    case 'PoolReturnWarned': {
      const { policyVersion: _version, ...published } = event.data;
      return [customersPublishedEvent('CustomerPoolReturnWarned', published)];
    }
    case 'CustomerRequested':
    case 'CustomerRequestApproved':
    case 'CustomerRequestRejected':
      return [];
    case 'CustomerMerged':
      return [customersPublishedEvent('CustomerMerged', event.data)];
    case 'CustomerAbsorbed':
      return [];
  }
}
