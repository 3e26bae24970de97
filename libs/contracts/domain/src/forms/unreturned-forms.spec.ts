import { ForbiddenError } from '@sales/shared/domain';
import type { Form, FormPerson } from './form-book';
import { assertFormFilterInScope, formScopeOf, inFormScope, placeOfForm } from './form-scope';
import { daysFrom, unreturnedForms } from './unreturned-forms';

const tree = {
  people: [
    { id: 'p-li', divisionId: 'd-east' },
    { id: 'p-wang', divisionId: 'd-east' },
    { id: 'p-he', divisionId: 'd-south' },
    { id: 'p-chen', divisionId: 'd-east' },
  ],
  divisions: [
    { id: 'd-east', managerId: 'p-chen' },
    { id: 'd-south', managerId: 'p-zhou' },
  ],
};
const form = (number: string, holderId: string, issuedOn: string, status: Form['status'] = 'out') => ({
  seq: Number(number.slice(-4)),
  number,
  year: 2027,
  holderId,
  divisionId: tree.people.find((p) => p.id === holderId)?.divisionId ?? 'd-gone',
  issuedOn,
  status,
  endedOn: null,
  contractId: null,
});
const person = (personId: string, role: FormPerson['role']): FormPerson => ({
  personId,
  role,
  divisionId: null,
});

describe('未交回合同 forms still out, with days out (K1)', () => {
  it('counts whole days from the day of issue (0 on it), across month and year ends', () => {
    expect(daysFrom('2027-03-01', '2027-03-01')).toBe(0);
    expect(daysFrom('2027-02-27', '2027-03-01')).toBe(2);
    expect(daysFrom('2026-12-31', '2027-01-01')).toBe(1);
  });

  it('lists only forms out, longest out first, per person and per division', () => {
    const list = unreturnedForms(
      [
        form('HT-2027-0001', 'p-li', '2027-03-10'),
        form('HT-2027-0002', 'p-wang', '2027-03-01'),
        form('HT-2027-0003', 'p-li', '2027-03-01', 'used'),
        form('HT-2027-0004', 'p-he', '2027-03-05'),
        form('HT-2027-0005', 'p-li', '2027-03-05', 'voided'),
        form('HT-2027-0006', 'p-li', '2027-03-05', 'returned'),
        form('HT-2027-0007', 'p-li', '2027-03-21'),
      ],
      '2027-03-21',
    );
    expect(list.total).toBe(4);
    expect(list.people.map((p) => [p.holderId, p.forms.map((f) => `${f.number}:${f.daysOut}`)])).toEqual([
      ['p-wang', ['HT-2027-0002:20']],
      ['p-he', ['HT-2027-0004:16']],
      ['p-li', ['HT-2027-0001:11', 'HT-2027-0007:0']],
    ]);
    expect(list.divisions).toEqual([
      { divisionId: 'd-east', count: 3, holders: 2, oldestDaysOut: 20 },
      { divisionId: 'd-south', count: 1, holders: 1, oldestDaysOut: 16 },
    ]);
  });

  it('scope: own for a salesperson, the divisions for their manager, all for VP, sales admin, admin, finance', () => {
    const li = formScopeOf(person('p-li', 'salesperson'), tree);
    const chen = formScopeOf(person('p-chen', 'division_manager'), tree);
    const places = ['p-li', 'p-wang', 'p-he'].map((holderId) =>
      placeOfForm({ holderId, divisionId: null }, tree),
    );
    expect(places.map((p) => inFormScope(li, p))).toEqual([true, false, false]);
    expect(places.map((p) => inFormScope(chen, p))).toEqual([true, true, false]);
    for (const role of ['vp', 'sales_admin', 'admin', 'finance', 'general_manager'] as const)
      expect(places.every((p) => inFormScope(formScopeOf(person('x', role), tree), p))).toBe(true);
    for (const role of ['engineer', 'installer', 'safety', null] as const)
      expect(() => formScopeOf(person('x', role), tree)).toThrow(ForbiddenError);
    // Someone who left is filed under the division recorded at issue.
    expect(placeOfForm({ holderId: 'p-gone', divisionId: 'd-east' }, tree)).toEqual({
      holderId: 'p-gone',
      divisionId: 'd-east',
    });
  });

  it('a filter outside the scope is 403, not an empty list', () => {
    const li = formScopeOf(person('p-li', 'salesperson'), tree);
    const chen = formScopeOf(person('p-chen', 'division_manager'), tree);
    expect(() => assertFormFilterInScope(li, tree, { personId: 'p-li' })).not.toThrow();
    expect(() => assertFormFilterInScope(li, tree, { personId: 'p-wang' })).toThrow(
      'form-person-outside-scope',
    );
    expect(() =>
      assertFormFilterInScope(chen, tree, { personId: 'p-wang', divisionId: 'd-east' }),
    ).not.toThrow();
    expect(() => assertFormFilterInScope(chen, tree, { divisionId: 'd-south' })).toThrow(
      'form-division-outside-scope',
    );
    expect(() => assertFormFilterInScope(chen, tree, { personId: 'p-he' })).toThrow(
      'form-person-outside-scope',
    );
  });
});
