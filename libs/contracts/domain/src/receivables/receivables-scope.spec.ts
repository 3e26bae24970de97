import { ForbiddenError } from '@sales/shared/domain';
import { inReceivablesScope, receivablesScopeOf } from './receivables-scope';

const tree = {
  divisions: [
    { id: 'd-east', managerId: 'p-chen' },
    { id: 'd-south', managerId: 'p-zhou' },
  ],
};
const east = { ownerId: 'p-li', divisionId: 'd-east' };
const south = { ownerId: 'p-he', divisionId: 'd-south' };

describe('who reads receivables (K5 scope)', () => {
  it('finance, vp, sales_admin, admin (and the general manager) read all', () => {
    for (const role of ['finance', 'vp', 'sales_admin', 'admin', 'general_manager'] as const) {
      const scope = receivablesScopeOf({ personId: 'x', role }, tree);
      expect([inReceivablesScope(scope, east), inReceivablesScope(scope, south)]).toEqual([true, true]);
    }
  });

  it('a manager their division; a salesperson their own contracts', () => {
    const chen = receivablesScopeOf({ personId: 'p-chen', role: 'division_manager' }, tree);
    expect([inReceivablesScope(chen, east), inReceivablesScope(chen, south)]).toEqual([true, false]);
    const li = receivablesScopeOf({ personId: 'p-li', role: 'salesperson' }, tree);
    expect([
      inReceivablesScope(li, east),
      inReceivablesScope(li, { ownerId: 'p-wang', divisionId: 'd-east' }),
    ]).toEqual([true, false]);
  });

  it('installers, engineers and the like read none (403)', () => {
    expect(() => receivablesScopeOf({ personId: 'p-inst', role: 'installer' }, tree)).toThrow(ForbiddenError);
  });
});
