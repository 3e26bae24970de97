import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  fold,
  specify,
} from '@sales/shared/domain';
import { DEPARTMENT, actorOf } from '../testing/department.fixture';
import { customerDecider } from './customer';
import type { CustomerCommand, RegisterCustomer } from './customer-commands';
import type { CustomerEvent, CustomerProfile, CustomerRegistered } from './customer-events';
import type { ExistingCustomer } from './customer-state';

const today = '2026-11-28';
const profile: CustomerProfile = {
  name: '华信科技有限公司',
  creditCode: '91350100M000100Y43',
  industry: '制造业',
  region: '上海',
  source: '展会',
  address: '上海市浦东新区',
};
const contacts = [{ name: '赵经理', title: '采购经理', phones: ['138-0013-8000'], email: null }];

const registered = (over: Partial<CustomerRegistered['data']> = {}): CustomerRegistered => ({
  type: 'CustomerRegistered',
  data: {
    customerId: 'c-1',
    profile,
    contacts,
    notes: '',
    ownerId: 'p-li',
    divisionId: 'd-east',
    registeredOn: '2026-03-01',
    ...over,
  },
});

const register = (by: string, over: Partial<RegisterCustomer['data']> = {}): CustomerCommand => ({
  type: 'RegisterCustomer',
  data: {
    actor: actorOf(by),
    org: DEPARTMENT,
    today,
    customerId: 'c-1',
    profile,
    contacts,
    notes: '',
    ownerId: undefined,
    ...over,
  },
});

const circumstances = (by: string) => ({ actor: actorOf(by), org: DEPARTMENT, today });
const customer = specify(customerDecider);
const stateOf = (events: CustomerEvent[]) => fold(customerDecider, events) as ExistingCustomer;

describe('客户登记 registering a customer (C1)', () => {
  it('a salesperson registers a potential customer for herself, in her division', () => {
    customer
      .given([])
      .when(register('p-li'))
      .then([registered({ registeredOn: today })]);
  });

  it('publishes the company and its ids, never the contacts (PIPL)', () => {
    const [event] = customer.given([]).when(register('p-li')).published();
    expect(event).toMatchObject({ type: 'CustomerRegistered', schemaVersion: 1 });
    expect(JSON.stringify(event)).not.toContain('赵经理');
    expect(JSON.stringify(event)).not.toContain('138');
    expect(event.data).toMatchObject({ status: 'potential', ownerId: 'p-li', divisionId: 'd-east' });
  });

  it('a salesperson may not register a customer for a colleague', () => {
    customer
      .given([])
      .when(register('p-li', { ownerId: 'p-wang' }))
      .thenThrows(ForbiddenError, 'register-for-someone-else');
  });

  it('a manager registers for someone of his division, not of another', () => {
    const events = customer
      .given([])
      .when(register('p-chen', { ownerId: 'p-wang' }))
      .events();
    expect(events[0].data).toMatchObject({ ownerId: 'p-wang', divisionId: 'd-east' });
    customer
      .given([])
      .when(register('p-chen', { ownerId: 'p-he' }))
      .thenThrows(ForbiddenError, 'owner-outside-your-division');
  });

  it('the VP registers into the company pool (公海) with no owner', () => {
    const events = customer
      .given([])
      .when(register('p-vp', { ownerId: null }))
      .events();
    expect(events[0].data).toMatchObject({ ownerId: null, divisionId: null });
  });

  it('finance does not register customers', () => {
    customer.given([]).when(register('p-fin')).thenThrows(ForbiddenError, 'forbidden-role');
  });

  it('an owner outside sales is refused naming the field', () => {
    const error = customer
      .given([])
      .when(register('p-vp', { ownerId: 'p-fin' }))
      .thenThrows(DomainError, 'owner-not-in-sales');
    expect(error.details).toMatchObject({ field: 'ownerId' });
  });

  it('a credit code with a wrong check character is refused naming the field', () => {
    const error = customer
      .given([])
      .when(register('p-li', { profile: { ...profile, creditCode: '91350100M000100Y44' } }))
      .thenThrows(DomainError, 'invalid-credit-code');
    expect(error.details).toMatchObject({ field: 'creditCode' });
  });

  it('a potential customer may have no credit code', () => {
    customer
      .given([])
      .when(register('p-li', { profile: { ...profile, creditCode: null } }))
      .then([registered({ profile: { ...profile, creditCode: null }, registeredOn: today })]);
  });

  it('a name of nothing but brackets is refused', () => {
    customer
      .given([])
      .when(register('p-li', { profile: { ...profile, name: '（上海）' } }))
      .thenThrows(DomainError, 'invalid-company-name');
  });

  it('a phone without enough digits is refused naming the contact and the phone', () => {
    const error = customer
      .given([])
      .when(register('p-li', { contacts: [{ ...contacts[0], phones: ['138', '-'] }] }))
      .thenThrows(DomainError, 'invalid-phone');
    expect(error.details).toMatchObject({ field: 'contacts[0].phones[0]' });
  });
});

describe('editing a customer', () => {
  const edit = (by: string, name: string): CustomerCommand => ({
    type: 'EditCustomer',
    data: { ...circumstances(by), profile: { ...profile, name }, contacts, notes: '' },
  });

  it('the owner edits; the change is published as the company facts now are', () => {
    const events = customer.given([registered()]).when(edit('p-li', '华信显示科技有限公司')).events();
    expect(events).toEqual([
      expect.objectContaining({
        type: 'CustomerEdited',
        data: expect.objectContaining({ changedOn: today }),
      }),
    ]);
  });

  it("another salesperson's customer cannot be edited (403), not even by a colleague", () => {
    customer.given([registered()]).when(edit('p-wang', 'X')).thenThrows(ForbiddenError, 'not-your-customer');
  });

  it("a manager edits his division's customers, not another division's", () => {
    expect(customer.given([registered()]).when(edit('p-chen', '华信二')).events()).toHaveLength(1);
    customer
      .given([registered()])
      .when(edit('p-zhou', '华信二'))
      .thenThrows(ForbiddenError, 'not-your-customer');
  });

  it('an edit that changes nothing records nothing', () => {
    customer.given([registered()]).when(edit('p-li', profile.name)).then([]);
  });

  it('an unknown customer is 404', () => {
    customer.given([]).when(edit('p-li', 'X')).thenThrows(NotFoundError, 'unknown-customer');
  });
});

describe('转移 transfers (C6)', () => {
  const transfer = (by: string, toOwnerId: string, note = '区域调整到王磊'): CustomerCommand => ({
    type: 'TransferCustomer',
    data: { ...circumstances(by), toOwnerId, reason: 'territory', note },
  });

  it('a manager moves a customer within his division, keeping the history of owners', () => {
    const events = customer.given([registered()]).when(transfer('p-chen', 'p-wang')).events();
    expect(events[0]).toMatchObject({
      type: 'CustomerOwnerChanged',
      data: { fromOwnerId: 'p-li', toOwnerId: 'p-wang', toDivisionId: 'd-east', reason: 'territory' },
    });
    const after = stateOf([registered(), ...events]);
    expect(after.owners.map((o) => [o.ownerId, o.reason])).toEqual([
      ['p-li', 'registered'],
      ['p-wang', 'territory'],
    ]);
  });

  it('moving to another division is the VP’s call', () => {
    customer
      .given([registered()])
      .when(transfer('p-chen', 'p-he'))
      .thenThrows(ForbiddenError, 'transfer-outside-your-division');
    expect(customer.given([registered()]).when(transfer('p-vp', 'p-he')).events()[0].data).toMatchObject({
      toDivisionId: 'd-south',
    });
  });

  it('a transfer to someone outside the company is refused naming the field', () => {
    const error = customer
      .given([registered()])
      .when(transfer('p-vp', 'p-stranger'))
      .thenThrows(DomainError, 'transfer-outside-company');
    expect(error.details).toMatchObject({ field: 'toOwnerId' });
  });

  it('needs a reason in words, and a salesperson cannot transfer', () => {
    customer
      .given([registered()])
      .when(transfer('p-vp', 'p-wang', '  '))
      .thenThrows(DomainError, 'field-required');
    customer
      .given([registered()])
      .when(transfer('p-li', 'p-wang'))
      .thenThrows(ForbiddenError, 'forbidden-role');
  });

  it('the transfer note stays internal', () => {
    const [published] = customer.given([registered()]).when(transfer('p-vp', 'p-wang')).published();
    expect(published.data).not.toHaveProperty('note');
  });
});

describe('合并 merging duplicates', () => {
  const survivor = stateOf([
    registered({ customerId: 'c-2', profile: { ...profile, name: '华信科技集团' } }),
  ]);

  it('the VP merges a duplicate into the survivor; the duplicate then resolves to it and takes no edits', () => {
    const events = customer
      .given([registered()])
      .when({ type: 'MergeCustomer', data: { ...circumstances('p-vp'), survivor } })
      .events();
    expect(events).toEqual([
      { type: 'CustomerMerged', data: { customerId: 'c-1', survivorId: 'c-2', mergedOn: today } },
    ]);
    customer
      .given([registered(), ...events])
      .when({ type: 'EditCustomer', data: { ...circumstances('p-li'), profile, contacts, notes: 'x' } })
      .thenThrows(ConflictError, 'customer-merged');
  });

  it("the survivor takes the duplicate's contacts, once", () => {
    const merged = stateOf([registered()]);
    const absorb: CustomerCommand = { type: 'AbsorbCustomer', data: { ...circumstances('p-vp'), merged } };
    const events = specify(customerDecider)
      .given([registered({ customerId: 'c-2', contacts: [] })])
      .when(absorb)
      .events();
    expect(stateOf([registered({ customerId: 'c-2', contacts: [] }), ...events]).contacts).toEqual(contacts);
    customer
      .given([registered({ customerId: 'c-2' }), ...events])
      .when(absorb)
      .then([]);
  });

  it('only the VP, sales admin or admin merge', () => {
    customer
      .given([registered()])
      .when({ type: 'MergeCustomer', data: { ...circumstances('p-chen'), survivor } })
      .thenThrows(ForbiddenError, 'forbidden-role');
  });
});

describe('潜在 → 成交 activation', () => {
  const activate: CustomerCommand = {
    type: 'ActivateCustomer',
    data: { contractId: 'k-1', activatedOn: '2026-05-01' },
  };

  it('the first signed contract activates; later ones change nothing', () => {
    const events = customer.given([registered()]).when(activate).events();
    expect(stateOf([registered(), ...events]).status).toBe('active');
    customer
      .given([registered(), ...events])
      .when(activate)
      .then([]);
  });
});
