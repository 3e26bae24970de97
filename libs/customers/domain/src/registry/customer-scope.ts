import type { Actor, Role } from '@sales/shared/domain';
import { type OrgView, divisionsManagedIn } from '../org-view';
import type { ExistingCustomer } from './customer-state';

/** Roles that read every customer: the 总经理, the VP, the sales-admin supervisor, IT admin, and finance (read only). */
const READ_ALL: readonly Role[] = ['admin', 'general_manager', 'vp', 'sales_admin', 'finance'];
/** Roles that edit every customer. */
const EDIT_ALL: readonly Role[] = ['admin', 'vp', 'sales_admin'];

/** Where a customer stands for scope: its owner and the division recorded with it. */
export type CustomerPlace = Pick<ExistingCustomer, 'ownerId' | 'divisionId'>;

/** The customer's division as the tree stands: its owner's division, else the one recorded. */
export function divisionOfCustomer(customer: CustomerPlace, org: OrgView) {
  const owner = org.people.find((p) => p.id === customer.ownerId);
  return owner?.divisionId ?? customer.divisionId;
}

/**
 * Data scope (C1, ARCHITECTURE §6): a salesperson sees their own customers, a division manager the
 * division's, the VP, sales admin and admin all, finance all (read only). Pool customers (公海, no
 * owner) are visible to every salesperson and manager: that is where they claim from.
 */
export function canReadCustomer(actor: Actor, customer: CustomerPlace, org: OrgView): boolean {
  if (READ_ALL.includes(actor.role)) return true;
  return isOwnOrDivisions(actor, customer, org);
}

export function canEditCustomer(actor: Actor, customer: CustomerPlace, org: OrgView): boolean {
  if (EDIT_ALL.includes(actor.role)) return true;
  if (customer.ownerId === null) return false;
  return isOwnOrDivisions(actor, customer, org);
}

function isOwnOrDivisions(actor: Actor, customer: CustomerPlace, org: OrgView): boolean {
  if (actor.role !== 'salesperson' && actor.role !== 'division_manager') return false;
  if (customer.ownerId === null || customer.ownerId === actor.userId) return true;
  if (actor.role !== 'division_manager') return false;
  const divisionId = divisionOfCustomer(customer, org);
  return divisionId !== null && divisionsManagedIn(org, actor.userId).includes(divisionId);
}

/** People who may own customers: salespeople, and managers who keep accounts of their own. */
export function isPossibleOwner(org: OrgView, personId: string): boolean {
  const person = org.people.find((p) => p.id === personId);
  return (
    person !== undefined &&
    person.status !== 'left' &&
    (person.role === 'salesperson' || person.role === 'division_manager')
  );
}
