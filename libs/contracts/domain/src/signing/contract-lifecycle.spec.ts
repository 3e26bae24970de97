import { ConflictError, DomainError, ForbiddenError, NotFoundError, specify } from '@sales/shared/domain';
import { contractDecider } from './contract';
import type { ContractCommand, ContractPerson } from './contract-commands';
import type { ContractEvent } from './contract-events';
import { contractSigned, people, terminationRequested, today } from './contract.fixture';
import { contractView } from './contract-terms';

const contract = specify(contractDecider);
const signed = [contractSigned()];

const file = (
  by: ContractPerson = people.salesAdmin,
  filedOn = '2027-03-09',
  location = '档案室 A-3',
): ContractCommand => ({
  type: 'FileContract',
  data: { filedOn, location, by, today },
});
const filed: ContractEvent = {
  type: 'ContractFiled',
  data: { filedOn: '2027-03-09', location: '档案室 A-3', filedBy: 'p-admin-sun' },
};
const requestTermination = (
  by: ContractPerson,
  terminationOn = '2027-03-09',
  reason = '客户项目取消',
): ContractCommand => ({
  type: 'RequestTermination',
  data: { terminationOn, reason, by, today },
});
const decide = (
  approve: boolean,
  by: ContractPerson = people.vp,
  reason: string | null = null,
): ContractCommand => ({
  type: 'DecideTermination',
  data: { approve, reason, by, today },
});
const terminated: ContractEvent = {
  type: 'ContractTerminated',
  data: { terminatedOn: '2027-03-09', reason: '客户项目取消', requestedBy: 'p-li', approvedBy: 'p-vp' },
};
const transfer = (
  by: ContractPerson,
  to: ContractPerson = people.wang,
  reason = '李娜离职交接',
): ContractCommand => ({
  type: 'TransferContract',
  data: { to, reason, by, ownerDivisionId: 'd-east', today },
});

describe('原件归档 filing the signed original (K3)', () => {
  it('the sales admin files it with a date and a location; once', () => {
    contract.given(signed).when(file()).then([filed]);
    contract.given(signed).when(file(people.li)).thenThrows(ForbiddenError, 'filing-not-allowed');
    contract
      .given([...signed, filed])
      .when(file())
      .thenThrows(ConflictError, 'contract-already-filed');
    contract
      .given(signed)
      .when(file(people.salesAdmin, '2027-03-01'))
      .thenThrows(DomainError, 'filing-date-out-of-range');
    contract
      .given(signed)
      .when(file(people.salesAdmin, '2027-03-11'))
      .thenThrows(DomainError, 'filing-date-out-of-range');
    contract
      .given(signed)
      .when(file(people.salesAdmin, '2027-03-09', '  '))
      .thenThrows(DomainError, 'filing-location-required');
    contract.given([]).when(file()).thenThrows(NotFoundError, 'unknown-contract');
  });

  it('publishes ContractFiled with the contract facts', () => {
    expect(contract.given(signed).when(file()).published()).toEqual([
      expect.objectContaining({
        type: 'ContractFiled',
        data: expect.objectContaining({
          contractId: 'k-1',
          ownerId: 'p-li',
          filedOn: '2027-03-09',
          location: '档案室 A-3',
        }),
      }),
    ]);
  });
});

describe('合同终止 termination: requested, then approved or rejected by the VP (K3)', () => {
  it('the owner, their division manager or the sales admin requests, with a date and a reason', () => {
    for (const by of [people.li, people.chen, people.salesAdmin])
      expect(contract.given(signed).when(requestTermination(by)).events()).toEqual([
        terminationRequested(by.personId),
      ]);
    for (const by of [people.wang, people.zhou, people.finance])
      contract
        .given(signed)
        .when(requestTermination(by))
        .thenThrows(ForbiddenError, 'termination-request-not-allowed');
    contract
      .given(signed)
      .when(requestTermination(people.li, '2027-03-09', ' '))
      .thenThrows(DomainError, 'termination-reason-required');
    contract
      .given(signed)
      .when(requestTermination(people.li, '2027-03-07'))
      .thenThrows(DomainError, 'termination-date-out-of-range');
    contract
      .given([...signed, terminationRequested()])
      .when(requestTermination(people.chen))
      .thenThrows(ConflictError, 'termination-already-requested');
  });

  it('the request is internal: nothing is published until the VP approves', () => {
    expect(contract.given(signed).when(requestTermination(people.li)).published()).toEqual([]);
  });

  it('the VP approves → ContractTerminated (seam shape), published; the view shows it terminated', () => {
    const pending = [...signed, terminationRequested()];
    contract.given(pending).when(decide(true)).then([terminated]);
    expect(contract.given(pending).when(decide(true)).published()).toEqual([
      expect.objectContaining({
        type: 'ContractTerminated',
        data: expect.objectContaining({
          terminatedOn: '2027-03-09',
          amountMinor: 100_000_000,
          approvedBy: 'p-vp',
        }),
      }),
    ]);
    expect(contractView([...pending, terminated])).toMatchObject({
      status: 'terminated',
      terminatedOn: '2027-03-09',
    });
    contract
      .given(pending)
      .when(decide(true, people.chen))
      .thenThrows(ForbiddenError, 'termination-decision-not-allowed');
    contract.given(signed).when(decide(true)).thenThrows(ConflictError, 'no-termination-request');
    contract
      .given([...pending, terminated])
      .when(requestTermination(people.li))
      .thenThrows(ConflictError, 'contract-terminated');
  });

  it('the VP rejects with a reason; the contract stays open and may be requested again', () => {
    const pending = [...signed, terminationRequested()];
    contract.given(pending).when(decide(false)).thenThrows(DomainError, 'rejection-reason-required');
    const rejected = contract
      .given(pending)
      .when(decide(false, people.vp, '客户已同意继续履约'))
      .events();
    expect(rejected).toEqual([
      {
        type: 'TerminationRejected',
        data: { rejectedBy: 'p-vp', reason: '客户已同意继续履约', rejectedOn: today },
      },
    ]);
    expect(contractView([...pending, ...rejected])?.status).toBe('open');
    contract
      .given([...pending, ...rejected])
      .when(requestTermination(people.li))
      .then([terminationRequested()]);
  });
});

describe('合同移交 transferring an open contract to a colleague (K3)', () => {
  const moved: ContractEvent = {
    type: 'ContractTransferred',
    data: {
      fromOwnerId: 'p-li',
      toOwnerId: 'p-he',
      toDivisionId: 'd-south',
      reason: '李娜离职交接',
      by: 'p-chen',
      transferredOn: today,
    },
  };

  it("the owner's division manager, the VP or the sales admin hands it to a salesperson, with a reason", () => {
    contract.given(signed).when(transfer(people.chen, people.he)).then([moved]);
    for (const by of [people.vp, people.salesAdmin])
      expect(contract.given(signed).when(transfer(by, people.he)).events()).toHaveLength(1);
    for (const by of [people.li, people.zhou, people.finance])
      contract.given(signed).when(transfer(by, people.he)).thenThrows(ForbiddenError, 'transfer-not-allowed');
    contract
      .given(signed)
      .when(transfer(people.chen, people.chen))
      .thenThrows(DomainError, 'transfer-target-not-salesperson');
    contract
      .given(signed)
      .when(transfer(people.chen, people.li))
      .thenThrows(DomainError, 'transfer-to-owner');
    contract
      .given(signed)
      .when(transfer(people.chen, people.he, ''))
      .thenThrows(DomainError, 'transfer-reason-required');
    contract
      .given([...signed, terminated])
      .when(transfer(people.chen, people.he))
      .thenThrows(ConflictError, 'contract-terminated');
  });

  it('the new owner and division show in the view and in ContractTransferred v1, the previous ones beside them', () => {
    expect(contractView([...signed, moved])).toMatchObject({ ownerId: 'p-he', divisionId: 'd-south' });
    expect(contract.given(signed).when(transfer(people.chen, people.he)).published()).toEqual([
      expect.objectContaining({
        type: 'ContractTransferred',
        data: expect.objectContaining({
          ownerId: 'p-he',
          division: 'd-south',
          fromOwnerId: 'p-li',
          fromDivision: 'd-east',
          reason: '李娜离职交接',
        }),
      }),
    ]);
  });
});
