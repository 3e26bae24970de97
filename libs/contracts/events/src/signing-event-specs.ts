import { type PublishedEventSpec, publishedEventSpec, schemaParts } from '@sales/shared/domain';
import { CONTRACTS_CONTEXT } from './contracts-events';

const { businessDate, currency, described, id, minorAmount, nonEmpty, optionalId, text } = schemaParts;

const object = (properties: Record<string, unknown>, nullable = false) => ({
  type: nullable ? ['object', 'null'] : 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

const line = object({
  productLineId: id('产品线', 'Product line'),
  amountMinor: minorAmount('含税金额', 'Amount incl. VAT', 1),
  vatBasisPoints: described(
    { type: 'integer', minimum: 0, maximum: 10000 },
    '增值税率（基点，1300 = 13%）',
    'VAT rate in basis points (1300 = 13%)',
  ),
  amountExclusiveMinor: minorAmount(
    '不含税金额 = round(含税金额 × 10000 ÷ (10000 + 税率基点))，四舍五入到分',
    'Amount excl. VAT = amount × 10000 ÷ (10000 + VAT basis points), rounded half up to the fen',
  ),
});

const override = (zh: string, en: string) =>
  described(object({ by: id('副总', 'The VP'), reason: nonEmpty('特批原因', 'Reason') }, true), zh, en);

/** The contract's facts every signing event carries. */
const facts = {
  contractId: id('合同（系统编号）', 'Contract id'),
  formNumber: nonEmpty('合同编号（如 HT-2027-0001）', 'Form number (e.g. HT-2027-0001)'),
  customerId: id('客户', 'Customer'),
  ownerId: id('负责人（事件之后）', 'Owner (after the event)'),
  division: optionalId('负责人所在事业部', "Owner's division"),
  signedOn: businessDate('签约日期', 'Signing date'),
  currency,
  amountMinor: minorAmount('合同金额（含税）', 'Contract amount incl. VAT', 1),
  amountExclusiveMinor: minorAmount(
    '不含税收入 = Σ 各产品线不含税金额',
    'Revenue excl. VAT = Σ lines excl. VAT',
  ),
  costEstimateMinor: minorAmount('成本预估（不含税）', 'Cost estimate (excl. VAT)'),
  grossMarginMinor: described(
    { type: 'integer', minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER },
    '毛利 = 不含税收入 − 成本预估（整数，分，可为负）',
    'Gross margin = revenue excl. VAT − cost estimate (integer fen, may be negative)',
  ),
  lines: described(
    { type: 'array', minItems: 1, items: line },
    '产品线（金额之和 = 合同金额）',
    'Product lines (sum = amount)',
  ),
};

export const SIGNING_EVENT_SPECS: readonly PublishedEventSpec[] = [
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'ContractSigned',
    schemaVersion: 1,
    summary: text('签约：合同已签订', 'A contract signed'),
    properties: {
      ...facts,
      paymentPlan: described(
        {
          type: 'array',
          minItems: 1,
          items: object({
            instalmentId: id('期次（如 i1）', 'Instalment id (e.g. i1)'),
            name: nonEmpty('名称（预付款、验收款…）', 'Name'),
            dueOn: businessDate('应付日期', 'Due date'),
            amountMinor: minorAmount('金额', 'Amount', 1),
          }),
        },
        '付款计划（金额之和 = 合同金额）',
        'Payment plan (sum = amount)',
      ),
      reportId: optionalId(
        '所依据的签约前报备（副总特批时为 null）',
        'The approved pre-signing report (null with an override)',
      ),
      reportOverride: override('副总特批：无报备签约', "The VP's override of the pre-signing report"),
      creditOverride: override('副总特批：超出信用额度', "The VP's override of the credit limit"),
      signedBy: id('登记人（签约人或副总）', 'Recorded by (the signer or the VP)'),
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'ContractFiled',
    schemaVersion: 1,
    summary: text('合同原件已归档', 'The signed original filed'),
    properties: {
      ...facts,
      filedOn: businessDate('归档日期', 'Date filed'),
      location: nonEmpty('存放位置', 'Location'),
      filedBy: id('归档人（销售内勤）', 'Filed by (the sales admin)'),
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'ContractTerminated',
    schemaVersion: 1,
    summary: text('合同终止（副总批准）', 'A contract terminated (approved by the VP)'),
    properties: {
      ...facts,
      terminatedOn: businessDate('终止日期', 'Termination date'),
      reason: nonEmpty('终止原因', 'Reason'),
      requestedBy: id('申请人', 'Requested by'),
      approvedBy: id('批准人（副总）', 'Approved by (the VP)'),
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'ContractTransferred',
    schemaVersion: 1,
    summary: text('合同移交给同事', 'An open contract handed to a colleague'),
    properties: {
      ...facts,
      fromOwnerId: id('原负责人', 'Previous owner'),
      fromDivision: optionalId('原负责人所在事业部', "Previous owner's division"),
      transferredOn: businessDate('移交日期', 'Date of the transfer'),
      reason: nonEmpty('移交原因', 'Reason'),
      by: id('操作人（事业部经理、副总或销售内勤）', 'By (division manager, VP or sales admin)'),
    },
  }),
];
