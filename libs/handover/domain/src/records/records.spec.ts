import { fold, specify } from '@sales/shared/domain';
import {
  type ContractFact,
  type ContractFactRecorded,
  contractRecordDecider,
  contractStanding,
} from './contract-record';
import { customerRecordDecider } from './customer-record';

const recorded = (sourceEventId: string, fact: ContractFact): ContractFactRecorded => ({
  type: 'ContractFactRecorded',
  data: { contractId: 'k-1', sourceEventId, fact },
});
const terms = (change: Partial<Extract<ContractFact, { kind: 'terms' }>> = {}): ContractFact => ({
  kind: 'terms',
  ownerId: 'p-li',
  formNumber: 'HT-2027-0001',
  customerId: 'cust-1',
  currency: 'CNY',
  amountMinor: 100_000_000,
  terminated: false,
  ...change,
});

describe('handover’s note of a contract', () => {
  it('comes out the same whatever order payments, installation steps and the signing arrive in', () => {
    const events = [
      recorded('e-signed', terms()),
      recorded('e-pay-1', { kind: 'payment', paymentId: 'pay-1', amountMinor: 60_000_000 }),
      recorded('e-rev-1', { kind: 'payment', paymentId: 'rev-1', amountMinor: -10_000_000 }),
      recorded('e-acc', { kind: 'installation', progress: 'accepted' }),
      recorded('e-start', { kind: 'installation', progress: 'under-way' }),
    ];
    const expected = {
      contractId: 'k-1',
      formNumber: 'HT-2027-0001',
      customerId: 'cust-1',
      currency: 'CNY',
      amountMinor: 100_000_000,
      collectedMinor: 50_000_000,
      installation: 'accepted',
      terminated: false,
    };
    expect(contractStanding(fold(contractRecordDecider, events))).toEqual(expected);
    expect(contractStanding(fold(contractRecordDecider, [...events].reverse()))).toEqual(expected);
    // Payments before the signing arrived: no standing yet (nothing to hold), but they count after.
    expect(contractStanding(fold(contractRecordDecider, events.slice(1)))).toBeNull();
  });

  it('a transfer moves the owner; a termination stays', () => {
    const after = fold(contractRecordDecider, [
      recorded('e-signed', terms()),
      recorded('e-term', terms({ terminated: true })),
      recorded('e-tr', terms({ ownerId: 'p-wang' })),
    ]);
    expect(after.terms).toMatchObject({ ownerId: 'p-wang', terminated: true });
  });

  it('records each source event once', () => {
    specify(contractRecordDecider)
      .given([recorded('e-pay-1', { kind: 'payment', paymentId: 'pay-1', amountMinor: 1 })])
      .when({
        type: 'RecordContractFact',
        data: {
          contractId: 'k-1',
          sourceEventId: 'e-pay-1',
          fact: { kind: 'payment', paymentId: 'pay-1', amountMinor: 1 },
        },
      })
      .then([]);
  });
});

describe('handover’s note of a customer', () => {
  it('keeps the name and the owner; a merge keeps the owner it had (whose checklist it leaves)', () => {
    const record = fold(customerRecordDecider, [
      {
        type: 'CustomerFactRecorded',
        data: {
          customerId: 'c',
          sourceEventId: 'e1',
          fact: { kind: 'registered', name: '甲', ownerId: 'p-li' },
        },
      },
      {
        type: 'CustomerFactRecorded',
        data: { customerId: 'c', sourceEventId: 'e2', fact: { kind: 'renamed', name: '乙' } },
      },
      {
        type: 'CustomerFactRecorded',
        data: { customerId: 'c', sourceEventId: 'e3', fact: { kind: 'merged', survivorId: 'd' } },
      },
    ]);
    expect(record).toMatchObject({ name: '乙', ownerId: 'p-li', mergedInto: 'd' });
    specify(customerRecordDecider)
      .given([
        {
          type: 'CustomerFactRecorded',
          data: { customerId: 'c', sourceEventId: 'e1', fact: { kind: 'renamed', name: '甲' } },
        },
      ])
      .when({
        type: 'RecordCustomerFact',
        data: { customerId: 'c', sourceEventId: 'e1', fact: { kind: 'renamed', name: '甲' } },
      })
      .then([]);
  });
});
