import { fold, specify } from '@sales/shared/domain';
import { labelled, openItemRefs } from './checklist';
import { handoverLedgerDecider } from './handover-ledger';
import {
  CASE,
  TODAY,
  contractTaken,
  customerTaken,
  formsTaken,
  itemCleared,
  noticed,
  standing,
} from './handover-ledger.fixture';

/* Spec of the checklist: what it holds, and how other contexts' events tick its items off. */
const spec = specify(handoverLedgerDecider);
const holdings = [customerTaken('cust-1'), contractTaken(), formsTaken()];

describe('the checklist, fed by customers’ and contracts’ events', () => {
  const open = (events = [...holdings, noticed()]) =>
    openItemRefs(fold(handoverLedgerDecider, events)).map((i) => `${i.kind}:${i.id}`);

  it('holds customers still owned, open contracts, unreturned forms, the accounts and the sign-off', () => {
    expect(open()).toEqual([
      'customer:cust-1',
      'contract:k-1',
      'form:HT-2027-0002',
      `accounts:${CASE}`,
      `sign-off:${CASE}`,
    ]);
  });

  it('a contract is open until terminated, or fully collected with any installation accepted', () => {
    const withContract = (contract: ReturnType<typeof standing>) =>
      open([contractTaken(contract), noticed()]);
    expect(withContract(standing({ collectedMinor: 100_000_000 }))).not.toContain('contract:k-1');
    expect(withContract(standing({ terminated: true }))).not.toContain('contract:k-1');
    expect(withContract(standing({ collectedMinor: 100_000_000, installation: 'under-way' }))).toContain(
      'contract:k-1',
    );
    expect(withContract(standing({ collectedMinor: 100_000_000, installation: 'accepted' }))).not.toContain(
      'contract:k-1',
    );
    expect(withContract(standing({ collectedMinor: 99_999_999, installation: 'accepted' }))).toContain(
      'contract:k-1',
    );
  });

  it('a customer transferred to a named colleague ticks its item off in the same commit', () => {
    spec
      .given([...holdings, noticed()])
      .when({
        type: 'RecordCustomerGone',
        data: {
          personId: 'p-li',
          sourceEventId: 'e-own',
          customerId: 'cust-1',
          how: 'transferred',
          toPersonId: 'p-wang',
          on: '2027-03-12',
        },
      })
      .then([
        {
          type: 'CustomerReleased',
          data: {
            personId: 'p-li',
            sourceEventId: 'e-own',
            customerId: 'cust-1',
            how: 'transferred',
            toPersonId: 'p-wang',
            on: '2027-03-12',
          },
        },
        itemCleared('customer', 'cust-1', 'transferred', 'p-wang', '2027-03-12'),
      ]);
    const published = spec
      .given([...holdings, noticed()])
      .when({
        type: 'RecordCustomerGone',
        data: {
          personId: 'p-li',
          sourceEventId: 'e-own',
          customerId: 'cust-1',
          how: 'transferred',
          toPersonId: 'p-wang',
          on: '2027-03-12',
        },
      })
      .published();
    expect(published).toEqual([
      {
        type: 'HandoverItemCleared',
        schemaVersion: 1,
        data: {
          caseId: CASE,
          personId: 'p-li',
          item: { kind: 'customer', id: 'cust-1' },
          how: 'transferred',
          toPersonId: 'p-wang',
          clearedOn: '2027-03-12',
          remaining: 4,
        },
      },
    ]);
  });

  it('a contract transferred ticks off; a payment that completes collection closes it; a form returned ticks off', () => {
    spec
      .given([...holdings, noticed()])
      .when({
        type: 'RecordContractGone',
        data: { personId: 'p-li', sourceEventId: 'e-tr', contractId: 'k-1', toPersonId: 'p-wang', on: TODAY },
      })
      .then([
        {
          type: 'ContractReleased',
          data: {
            personId: 'p-li',
            sourceEventId: 'e-tr',
            contractId: 'k-1',
            toPersonId: 'p-wang',
            on: TODAY,
          },
        },
        itemCleared('contract', 'k-1', 'transferred', 'p-wang'),
      ]);
    const paidUp = standing({ collectedMinor: 100_000_000 });
    spec
      .given([...holdings, noticed()])
      .when({ type: 'RecordContractStanding', data: { personId: 'p-li', contract: paidUp, on: TODAY } })
      .then([
        { type: 'ContractStandingChanged', data: { personId: 'p-li', contract: paidUp } },
        itemCleared('contract', 'k-1', 'closed'),
      ]);
    spec
      .given([...holdings, noticed()])
      .when({
        type: 'RecordFormEnded',
        data: {
          personId: 'p-li',
          sourceEventId: 'e-ret',
          number: 'HT-2027-0002',
          how: 'returned',
          on: TODAY,
        },
      })
      .then([
        {
          type: 'FormEnded',
          data: {
            personId: 'p-li',
            sourceEventId: 'e-ret',
            number: 'HT-2027-0002',
            how: 'returned',
            on: TODAY,
          },
        },
        itemCleared('form', 'HT-2027-0002', 'returned'),
      ]);
  });

  it('before any notice, holdings are recorded and nothing is ticked off (there is no case)', () => {
    spec
      .given(holdings)
      .when({
        type: 'RecordFormEnded',
        data: { personId: 'p-li', sourceEventId: 'e-ret', number: 'HT-2027-0002', how: 'used', on: TODAY },
      })
      .then([
        {
          type: 'FormEnded',
          data: { personId: 'p-li', sourceEventId: 'e-ret', number: 'HT-2027-0002', how: 'used', on: TODAY },
        },
      ]);
  });

  it('is idempotent: an event seen before (by id) records nothing, even after the holding moved on', () => {
    const released = {
      type: 'CustomerReleased',
      data: {
        personId: 'p-li',
        sourceEventId: 'e-own',
        customerId: 'cust-1',
        how: 'transferred',
        toPersonId: 'p-wang',
        on: TODAY,
      },
    } as const;
    // Registered (e-reg-cust-1), then transferred away: the registration redelivered takes nothing back.
    spec
      .given([customerTaken('cust-1'), released])
      .when({
        type: 'RecordCustomerTaken',
        data: { personId: 'p-li', sourceEventId: 'e-reg-cust-1', customerId: 'cust-1' },
      })
      .then([]);
    spec
      .given([customerTaken('cust-1'), released, noticed()])
      .when({
        type: 'RecordCustomerGone',
        data: {
          personId: 'p-li',
          sourceEventId: 'e-own',
          customerId: 'cust-1',
          how: 'transferred',
          toPersonId: 'p-wang',
          on: TODAY,
        },
      })
      .then([]);
    spec
      .given(holdings)
      .when({
        type: 'RecordFormsTaken',
        data: { personId: 'p-li', sourceEventId: 'e-other', year: 2027, numbers: ['HT-2027-0002'] },
      })
      .then([]);
    spec
      .given(holdings)
      .when({ type: 'RecordContractStanding', data: { personId: 'p-li', contract: standing(), on: TODAY } })
      .then([]);
  });
});

describe('checklist labels', () => {
  it('a contract with installation under way says so; an unknown customer shows its id, marked as a customer', () => {
    const ledger = fold(handoverLedgerDecider, [
      contractTaken(standing({ installation: 'under-way' })),
      noticed(),
    ]);
    expect(labelled({ kind: 'contract', id: 'k-1' }, ledger, {}).label.zh).toBe(
      '合同 HT-2027-0001（客户 cust-1，合同金额 1,000,000.00 元，未收 400,000.00 元，安装未验收）',
    );
  });
});
