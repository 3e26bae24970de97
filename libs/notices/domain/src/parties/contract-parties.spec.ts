import { specify } from '@sales/shared/domain';
import {
  directiveIssued,
  installersNoted,
  ownerNoted,
  partiesAfter,
  source,
} from '../testing/notice-factories';
import { type NoteContractParties, contractPartiesDecider } from './contract-parties';

const note = (sourceEventId: string, change: NoteContractParties['data']['change']): NoteContractParties => ({
  type: 'NoteContractParties',
  data: { sourceEventId, change },
});

describe('the contract parties ledger', () => {
  const given = specify(contractPartiesDecider).given;

  it('notes an event once, by its id', () => {
    const assign = note('e-assigned', { kind: 'installers', contractId: 'k-east', installerIds: ['p-inst'] });
    given([])
      .when(assign)
      .then([installersNoted(['p-inst'])]);
    given([installersNoted(['p-inst'])])
      .when(assign)
      .then([]);
  });

  it('a reassignment replaces the installers; a transfer the owner', () => {
    const state = partiesAfter([
      ownerNoted('p-li'),
      installersNoted(['p-inst']),
      installersNoted(['p-inst-2'], 'e-reassigned'),
      ownerNoted('p-wang', 'e-transferred'),
    ]);
    expect(state).toMatchObject({
      ownerId: 'p-wang',
      installerIds: ['p-inst-2'],
      formNumber: 'HT2027-00001',
    });
  });

  it('keeps the directives in force until lifted', () => {
    const directive = { directiveId: 'dir-1', facts: directiveIssued(), source: source('e-issued') };
    const issued = partiesAfter([{ type: 'DirectiveNoted', data: { sourceEventId: 'e-issued', directive } }]);
    expect(issued.activeDirectives.map((d) => d.directiveId)).toEqual(['dir-1']);
    const lifted = contractPartiesDecider.evolve(issued, {
      type: 'DirectiveLiftNoted',
      data: { sourceEventId: 'e-lifted', contractId: 'k-east', directiveId: 'dir-1' },
    });
    expect(lifted.activeDirectives).toEqual([]);
  });
});
