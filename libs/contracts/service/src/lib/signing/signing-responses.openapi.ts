import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** What signing's routes answer, for the OpenAPI document. */

export const GROSS_MARGIN_FORMULA =
  '毛利（不含税，整数分）：各产品线不含税金额 = round_half_up(含税金额 × 10000 ÷ (10000 + 税率基点))；' +
  '不含税收入 = Σ 各产品线不含税金额；毛利 = 不含税收入 − 成本预估（成本预估本身不含税）；' +
  '毛利率（基点）= round_half_away_from_zero(毛利 × 10000 ÷ 不含税收入)。 / ' +
  'Gross margin, tax-exclusive in integer fen: each line excl. VAT = round_half_up(amount × 10000 ÷ (10000 + VAT basis points)); ' +
  'revenue excl. VAT = Σ lines excl. VAT; gross margin = revenue excl. VAT − cost estimate (already excl. VAT); ' +
  'margin rate (basis points) = round_half_away_from_zero(gross margin × 10000 ÷ revenue excl. VAT).';

const date = { type: 'string', format: 'date', example: '2027-03-08' };
const nullableDate = { ...date, nullable: true };
const id = { type: 'string' };
const nullableId = { type: 'string', nullable: true };
const fen = (description: string): SchemaObject => ({
  type: 'integer',
  description: `${description}（整数，分；币种见 currency）/ integer fen of \`currency\``,
});
const object = (properties: Record<string, SchemaObject>, extra: SchemaObject = {}): SchemaObject => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
  ...extra,
});
const override = object({ by: id, reason: { type: 'string' } }, { nullable: true });

export const CONTRACT_RESPONSE = object(
  {
    contractId: id,
    formNumber: { type: 'string', example: 'HT-2027-0001' },
    customerId: id,
    ownerId: id,
    ownerName: nullableId,
    divisionId: nullableId,
    divisionName: nullableId,
    signerId: id,
    signedBy: { type: 'string', description: '登记人 recorded by (the signer or the VP)' },
    signedOn: date,
    currency: { type: 'string', example: 'CNY' },
    amountMinor: fen('合同金额（含税）amount incl. VAT'),
    amountExclusiveMinor: fen('不含税收入 revenue excl. VAT'),
    vatMinor: fen('税额 VAT'),
    costEstimateMinor: fen('成本预估（不含税）cost estimate excl. VAT'),
    grossMarginMinor: fen('毛利（不含税，可为负）gross margin excl. VAT, may be negative'),
    marginRateBasisPoints: {
      type: 'integer',
      nullable: true,
      description: '毛利率（基点，2850 = 28.50%）margin rate in basis points',
    },
    lines: {
      type: 'array',
      items: object({
        productLineId: id,
        amountMinor: fen('含税金额 amount incl. VAT'),
        vatBasisPoints: { type: 'integer', description: '税率（基点）VAT rate in basis points' },
        amountExclusiveMinor: fen('不含税金额 amount excl. VAT'),
        vatMinor: fen('税额 VAT'),
      }),
    },
    paymentPlan: {
      type: 'array',
      items: object({
        instalmentId: { type: 'string', example: 'i1' },
        name: { type: 'string', example: '预付款' },
        dueOn: date,
        amountMinor: fen('金额 amount'),
      }),
    },
    reportId: {
      ...nullableId,
      description: '所依据的签约前报备 the approved report (null with an override)',
    },
    reportOverride: override,
    creditOverride: object(
      {
        by: id,
        reason: { type: 'string' },
        limitMinor: fen('额度 limit'),
        openReceivablesMinor: fen('未收应收 open'),
      },
      { nullable: true },
    ),
    status: { type: 'string', enum: ['open', 'terminated'] },
    terminatedOn: nullableDate,
    pendingTermination: object(
      { terminationOn: date, reason: { type: 'string' }, requestedBy: id, requestedOn: date },
      { nullable: true, description: '待副总审批的终止申请 a termination awaiting the VP' },
    ),
    filing: object(
      { filedOn: date, location: { type: 'string' }, filedBy: id },
      { nullable: true, description: '原件归档 where the signed original is filed' },
    ),
  },
  { description: `合同 / a contract. ${GROSS_MARGIN_FORMULA}` },
);

export const CONTRACT_OUTCOME_RESPONSE = object({
  version: { type: 'integer' },
  events: { type: 'array', items: object({ id, type: { type: 'string' } }) },
  contract: CONTRACT_RESPONSE,
});

export const CONTRACT_LIST_RESPONSE: SchemaObject = {
  type: 'array',
  items: object({
    contractId: id,
    formNumber: { type: 'string' },
    customerId: id,
    ownerId: id,
    ownerName: nullableId,
    divisionId: nullableId,
    signedOn: date,
    currency: { type: 'string' },
    amountMinor: fen('合同金额（含税）amount incl. VAT'),
    grossMarginMinor: fen('毛利（不含税）gross margin excl. VAT'),
    status: { type: 'string', enum: ['open', 'terminated'] },
    terminationPending: { type: 'boolean' },
    filedOn: nullableDate,
  }),
};

export const INCOMPLETE_SIGNINGS_RESPONSE: SchemaObject = {
  type: 'array',
  description:
    '已使用但合同未写入的合同编号（重试签约即完成）/ forms used for a contract whose signing did not complete',
  items: object({ number: { type: 'string' }, contractId: id, holderId: id, usedOn: nullableDate }),
};
