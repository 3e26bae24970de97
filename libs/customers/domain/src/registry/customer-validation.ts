import { DomainError } from '@sales/shared/domain';
import { isValidCreditCode, normaliseCompanyName, normalisePhone } from './company-keys';
import type { CustomerContact, CustomerProfile } from './customer-events';
import type { ExistingCustomer } from './customer-state';

/**
 * What the DTO cannot check: a name that is nothing but brackets and legal forms, a credit code
 * whose check character is wrong, a phone without digits. Each refusal names its field.
 */
export function assertValidRecord(profile: CustomerProfile, contacts: readonly CustomerContact[]): void {
  if (!normaliseCompanyName(profile.name)) {
    throw new DomainError('invalid-company-name', { field: 'name', name: profile.name });
  }
  if (profile.creditCode !== null && !isValidCreditCode(profile.creditCode)) {
    throw new DomainError('invalid-credit-code', { field: 'creditCode', creditCode: profile.creditCode });
  }
  contacts.forEach((contact, i) =>
    contact.phones.forEach((phone, j) => {
      const digits = normalisePhone(phone).replace(/\D/g, '');
      if (digits.length < 5 || digits.length > 20) {
        throw new DomainError('invalid-phone', { field: `contacts[${i}].phones[${j}]`, phone });
      }
    }),
  );
}

type Record = Pick<ExistingCustomer, 'profile' | 'contacts' | 'notes'>;

export function sameRecord(a: Record, b: Record): boolean {
  return (
    JSON.stringify([a.profile, a.contacts, a.notes]) === JSON.stringify([b.profile, b.contacts, b.notes])
  );
}
