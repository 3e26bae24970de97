import {
  type DetailsWithNames,
  type LocalizedText,
  ROLE_LABELS,
  type Role,
  formatMoney,
  isCurrencyCode,
  personLabel,
} from '@sales/shared/domain';

/** zh-CN/en texts of the receivables slice's error codes; `{name}` placeholders come from the error's details. */
export const RECEIVABLES_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'receivables-finance-only': {
    zh: '发票、回款和冲销由财务登记，{role}不能登记',
    en: 'Finance records invoices, payments and reversals; the role {role} cannot',
  },
  'amount-not-positive-fen': {
    zh: '{field}：金额须为大于 0 的整数（单位：分），收到 {value}',
    en: '{field}: the amount must be a whole number of minor units (fen) above 0, got {value}',
  },
  'receivables-date-invalid': {
    zh: '{field} 须为有效日期（YYYY-MM-DD）',
    en: '{field} must be a real date (YYYY-MM-DD)',
  },
  'receivables-date-in-future': {
    zh: '{field}（{date}）不能晚于今天（{today}）',
    en: '{field} ({date}) cannot be after today ({today})',
  },
  'currency-not-contracts': {
    zh: '币种 {currency} 与合同币种 {contractCurrency} 不一致',
    en: 'Currency {currency} is not the contract’s currency {contractCurrency}',
  },
  'receivables-reason-required': { zh: '须填写原因', en: 'A reason is required' },
  'contract-terminated-no-invoice': {
    zh: '合同 {contractId} 已于 {terminatedOn} 终止，不能再开票',
    en: 'Contract {contractId} was terminated on {terminatedOn}; no more invoices',
  },
  'invoice-id-taken': {
    zh: '发票编号 {invoiceId} 已用于另一张内容不同的发票',
    en: 'Invoice id {invoiceId} is already used by a different invoice',
  },
  'due-before-issue': {
    zh: '到期日（{dueOn}）不能早于开票日期（{issuedOn}）',
    en: 'The due date ({dueOn}) cannot be before the date of issue ({issuedOn})',
  },
  'unknown-instalment': {
    zh: '合同 {contractId} 的付款计划中没有分期 {instalmentId}',
    en: 'The payment plan of contract {contractId} has no instalment {instalmentId}',
  },
  'invoice-exceeds-instalment': {
    zh: '分期“{name}”金额 {instalmentMinor}，已开票 {invoicedMinor}，不能再开 {requestedMinor}',
    en: 'Instalment “{name}” is {instalmentMinor}, {invoicedMinor} already invoiced; {requestedMinor} more is too much',
  },
  'unknown-invoice': { zh: '没有发票 {invoiceId}', en: 'No invoice {invoiceId}' },
  'invoice-already-voided': {
    zh: '发票 {invoiceId} 已于 {redDate} 红冲',
    en: 'Invoice {invoiceId} was already voided on {redDate}',
  },
  'void-before-issue': {
    zh: '红冲日期（{redDate}）不能早于开票日期（{issuedOn}）',
    en: 'The date voided ({redDate}) cannot be before the date of issue ({issuedOn})',
  },
  'payment-id-taken': {
    zh: '回款编号 {paymentId} 已用于另一笔内容不同的回款或冲销',
    en: 'Payment id {paymentId} is already used by a different payment or reversal',
  },
  'invoice-voided': {
    zh: '发票 {invoiceId} 已于 {redDate} 红冲，不能据此登记回款',
    en: 'Invoice {invoiceId} was voided on {redDate}; no payment can be recorded against it',
  },
  'payment-exceeds-contract': {
    zh: '回款 {requestedMinor} 超过合同尚未收回的 {owedMinor}',
    en: 'The payment of {requestedMinor} exceeds the {owedMinor} still owed on the contract',
  },
  'unknown-payment': { zh: '没有回款 {paymentId}', en: 'No payment {paymentId}' },
  'reversal-before-payment': {
    zh: '冲销日期（{reversedOn}）不能早于到账日期（{receivedOn}）',
    en: 'The reversal ({reversedOn}) cannot be before the payment was received ({receivedOn})',
  },
  'reversal-exceeds-payment': {
    zh: '回款 {paymentId} 尚可冲销 {remainingMinor}，不能冲销 {requestedMinor}',
    en: 'Payment {paymentId} has {remainingMinor} left to reverse, not {requestedMinor}',
  },
  'credit-limit-not-fen': {
    zh: '{field}：信用额度须为不小于 0 的整数（单位：分），收到 {value}',
    en: '{field}: the credit limit must be a whole number of minor units (fen), 0 or more, got {value}',
  },
  'credit-limit-currency': {
    zh: '{currency} 不是 ISO 4217 币种代码',
    en: '{currency} is not an ISO 4217 currency code',
  },
  'receivables-read-not-allowed': {
    zh: '{role}无权查看应收账款',
    en: 'The role {role} may not read receivables',
  },
  'receivable-contract-unknown': { zh: '没有合同 {contractId}', en: 'No contract {contractId}' },
  'receivable-outside-scope': {
    zh: '合同 {contractId} 由{ownerId}负责，不在你的查看范围内',
    en: 'Contract {contractId} is owned by {ownerId}, outside what you may read',
  },
};

const money = (value: unknown, details: DetailsWithNames): LocalizedText | undefined => {
  const currency = isCurrencyCode(details.currency) ? details.currency : 'CNY';
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) return undefined;
  const text = formatMoney(value, currency);
  return { zh: text, en: text };
};

/** How the receivables slice's error details read to people. */
export const RECEIVABLES_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  ownerId: (value, details) => personLabel(value, details),
  role: (value) => (typeof value === 'string' ? ROLE_LABELS[value as Role] : { zh: '无角色', en: 'no role' }),
  instalmentMinor: money,
  invoicedMinor: money,
  requestedMinor: money,
  owedMinor: money,
  remainingMinor: money,
};
