import { ConflictError, DomainError, ForbiddenError, specify } from '@sales/shared/domain';
import { contractDecider } from './contract';
import { contractSigned, people, signing, yuan } from './contract.fixture';
import { contractView } from './contract-terms';

const contract = specify(contractDecider);

describe('签约 signing a contract (K3)', () => {
  it('on an approved report: ContractSigned with the terms, instalments numbered, the signer as owner', () => {
    contract.given([]).when(signing()).then([contractSigned()]);
    expect(contractView([contractSigned()])).toMatchObject({
      ownerId: 'p-li',
      divisionId: 'd-east',
      status: 'open',
    });
  });

  it('publishes ContractSigned v1 with customer, owner, division, date, fen + currency, lines with VAT, cost and margin', () => {
    const [published] = contract.given([]).when(signing()).published();
    expect(published).toEqual({
      type: 'ContractSigned',
      schemaVersion: 1,
      data: expect.objectContaining({
        contractId: 'k-1',
        customerId: 'c-huaxin',
        ownerId: 'p-li',
        division: 'd-east',
        signedOn: '2027-03-08',
        currency: 'CNY',
        amountMinor: 100_000_000,
        amountExclusiveMinor: 89_145_084,
        costEstimateMinor: 60_000_000,
        grossMarginMinor: 29_145_084,
        reportId: 'r-1',
        reportOverride: null,
        creditOverride: null,
        signedBy: 'p-li',
      }),
    });
    expect(published.data).toMatchObject({
      lines: [
        { productLineId: 'led', vatBasisPoints: 1300, amountExclusiveMinor: 70_796_460 },
        { productLineId: 'installation', vatBasisPoints: 900, amountExclusiveMinor: 18_348_624 },
      ],
    });
  });

  it('without an approved report: 409 no-approved-report naming customer and salesperson', () => {
    const refused = contract
      .given([])
      .when(signing({ approvedReportId: null }))
      .thenThrows(ConflictError, 'no-approved-report');
    expect(refused.details).toEqual({ customerId: 'c-huaxin', salespersonId: 'p-li' });
  });

  it('the VP override with a reason is the only way round the report, and is recorded', () => {
    contract
      .given([])
      .when(signing({ approvedReportId: null, reportOverrideReason: '老客户续约' }))
      .thenThrows(ForbiddenError, 'override-not-vp');
    const overridden = signing({
      approvedReportId: null,
      reportOverrideReason: ' 老客户续约 ',
      recordedBy: people.vp,
    });
    contract
      .given([])
      .when(overridden)
      .then([contractSigned({ reportId: null, override: { by: 'p-vp', reason: '老客户续约' } }, 'p-vp')]);
    // A blank reason is no override.
    contract
      .given([])
      .when(signing({ approvedReportId: null, reportOverrideReason: '  ', recordedBy: people.vp }))
      .thenThrows(ConflictError, 'no-approved-report');
    // With a report there is nothing to override.
    contract
      .given([])
      .when(signing({ reportOverrideReason: '以防万一', recordedBy: people.vp }))
      .then([contractSigned({}, 'p-vp')]);
  });

  it('only the signer or the VP records a signing; the signer is a salesperson on the signing date', () => {
    contract
      .given([])
      .when(signing({ recordedBy: people.wang }))
      .thenThrows(ForbiddenError, 'signing-not-allowed');
    contract
      .given([])
      .when(signing({ recordedBy: people.chen }))
      .thenThrows(ForbiddenError, 'signing-not-allowed');
    const manager = { ...people.chen };
    contract
      .given([])
      .when(signing({ signer: manager, recordedBy: manager }))
      .thenThrows(DomainError, 'signer-not-salesperson');
  });

  it('product lines must add up to the amount (400 naming lines, in 元)', () => {
    const refused = contract
      .given([])
      .when(
        signing({
          lines: [
            { productLineId: 'led', amountMinor: yuan(800_000), vatBasisPoints: 1300 },
            { productLineId: 'installation', amountMinor: yuan(199_999), vatBasisPoints: 900 },
          ],
        }),
      )
      .thenThrows(DomainError, 'contract-lines-not-summing');
    expect(refused.details).toMatchObject({
      field: 'lines',
      total: '999,999.00 元',
      amount: '1,000,000.00 元',
    });
  });

  it('the payment plan must add up to the amount, and nothing falls due before the signing', () => {
    const refused = contract
      .given([])
      .when(signing({ paymentPlan: [{ name: '全款', dueOn: '2027-04-01', amountMinor: yuan(900_000) }] }))
      .thenThrows(DomainError, 'payment-plan-not-summing');
    expect(refused.details).toMatchObject({ field: 'paymentPlan', total: '900,000.00 元' });
    const early = contract
      .given([])
      .when(signing({ paymentPlan: [{ name: '全款', dueOn: '2027-03-07', amountMinor: yuan(1_000_000) }] }))
      .thenThrows(DomainError, 'instalment-due-before-signing');
    expect(early.details).toMatchObject({ field: 'paymentPlan[0].dueOn' });
  });

  it('money is whole fen: a fraction, zero or a negative cost is refused naming the field', () => {
    const half = contract
      .given([])
      .when(signing({ amountMinor: 100_000_000.5 }))
      .thenThrows(DomainError, 'contract-amount-invalid');
    expect(half.details).toMatchObject({ field: 'amountMinor' });
    contract
      .given([])
      .when(signing({ costEstimateMinor: -1 }))
      .thenThrows(DomainError, 'contract-amount-invalid');
    const line = contract
      .given([])
      .when(
        signing({
          lines: [
            { productLineId: 'led', amountMinor: yuan(1_000_000), vatBasisPoints: 1300 },
            { productLineId: 'control', amountMinor: 0, vatBasisPoints: 1300 },
          ],
        }),
      )
      .thenThrows(DomainError, 'contract-amount-invalid');
    expect(line.details).toMatchObject({ field: 'lines[1].amountMinor' });
  });

  it('lines come from the catalogue with a VAT rate that is a rate; the signing date is not in the future', () => {
    const unknown = contract
      .given([])
      .when(
        signing({ lines: [{ productLineId: 'oled', amountMinor: yuan(1_000_000), vatBasisPoints: 1300 }] }),
      )
      .thenThrows(DomainError, 'unknown-product-line');
    expect(unknown.details).toMatchObject({ field: 'lines[0].productLineId' });
    contract
      .given([])
      .when(
        signing({
          lines: [{ productLineId: 'led', amountMinor: yuan(1_000_000), vatBasisPoints: 13 * 10_000 }],
        }),
      )
      .thenThrows(DomainError, 'vat-rate-invalid');
    contract
      .given([])
      .when(signing({ signedOn: '2027-03-11' }))
      .thenThrows(DomainError, 'signing-date-in-future');
    contract
      .given([])
      .when(signing({ currency: 'RMB' }))
      .thenThrows(DomainError, 'contract-currency-invalid');
  });

  it('over the credit limit: 409 naming limit, open receivables and this amount in 元, unless the VP overrides', () => {
    const credit = { limitMinor: yuan(1_500_000), openReceivablesMinor: yuan(600_000), currency: 'CNY' };
    const refused = contract
      .given([])
      .when(signing({ credit }))
      .thenThrows(ConflictError, 'credit-limit-exceeded');
    expect(refused.details).toMatchObject({
      customerId: 'c-huaxin',
      limit: '1,500,000.00 元',
      open: '600,000.00 元',
      amount: '1,000,000.00 元',
    });
    // Exactly at the limit is within it.
    contract
      .given([])
      .when(signing({ credit: { ...credit, openReceivablesMinor: yuan(500_000) } }))
      .then([contractSigned()]);
    contract
      .given([])
      .when(signing({ credit, creditOverrideReason: '战略客户' }))
      .thenThrows(ForbiddenError, 'override-not-vp');
    const events = contract
      .given([])
      .when(signing({ credit, creditOverrideReason: '战略客户', recordedBy: people.vp }))
      .events();
    expect(events.map((e) => e.type)).toEqual(['CreditLimitOverridden', 'ContractSigned']);
    const [published] = contract
      .given([])
      .when(signing({ credit, creditOverrideReason: '战略客户', recordedBy: people.vp }))
      .published();
    expect(published.data).toMatchObject({ creditOverride: { by: 'p-vp', reason: '战略客户' } });
    // No limit set: nothing to check.
    contract
      .given([])
      .when(signing({ credit: { ...credit, limitMinor: null } }))
      .then([contractSigned()]);
  });

  it('a retried signing of the same contract changes nothing; another form under the same id is refused', () => {
    contract.given([contractSigned()]).when(signing()).then([]);
    contract
      .given([contractSigned()])
      .when(signing({ formNumber: 'HT-2027-0002' }))
      .thenThrows(ConflictError, 'contract-already-signed');
  });
});
