import {
  type DetailsWithNames,
  type LocalizedText,
  ROLE_LABELS,
  type Role,
  divisionLabel,
  personLabel,
} from '@sales/shared/domain';

/** zh-CN/en texts of the signing slice's error codes; `{name}` placeholders come from the error's details. */
export const SIGNING_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'contract-amount-invalid': {
    zh: '{field}：金额须为不小于 {minimum} 的整数（单位：分），收到 {value}',
    en: '{field}: the amount must be a whole number of minor units (fen), at least {minimum}; got {value}',
  },
  'contract-currency-invalid': {
    zh: '{field}：“{value}”不是 ISO 4217 币种代码（如 CNY）',
    en: '{field}: “{value}” is not an ISO 4217 currency code (e.g. CNY)',
  },
  'contract-date-invalid': {
    zh: '{field}：“{value}”不是有效日期（YYYY-MM-DD）',
    en: '{field}: “{value}” is not a calendar date (YYYY-MM-DD)',
  },
  'contract-text-too-long': {
    zh: '{field}：不能超过 {max} 个字',
    en: '{field}: at most {max} characters',
  },
  'contract-lines-count': {
    zh: '{field}：产品线须为 1 至 {max} 条（收到 {count}）',
    en: '{field}: 1 to {max} product lines (got {count})',
  },
  'unknown-product-line': {
    zh: '{field}：产品目录中没有产品线 {productLineId}',
    en: '{field}: the catalogue has no product line {productLineId}',
  },
  'vat-rate-invalid': {
    zh: '{field}：增值税率须为 0 至 {max} 基点的整数（1300 = 13%），收到 {value}',
    en: '{field}: the VAT rate is a whole number of basis points from 0 to {max} (1300 = 13%); got {value}',
  },
  'contract-lines-not-summing': {
    zh: '{field}：各产品线金额之和 {total} 不等于合同金额 {amount}',
    en: '{field}: the product lines add up to {total}, not the contract amount {amount}',
  },
  'payment-plan-count': {
    zh: '{field}：付款计划须为 1 至 {max} 期（收到 {count}）',
    en: '{field}: 1 to {max} instalments (got {count})',
  },
  'instalment-name-required': {
    zh: '{field}：每期付款须有名称（如 预付款、验收款）',
    en: '{field}: each instalment needs a name (e.g. 预付款 advance)',
  },
  'instalment-due-before-signing': {
    zh: '{field}：应付日期 {dueOn} 早于签约日期 {signedOn}',
    en: '{field}: due on {dueOn}, before the signing date {signedOn}',
  },
  'payment-plan-not-summing': {
    zh: '{field}：付款计划各期之和 {total} 不等于合同金额 {amount}',
    en: '{field}: the payment plan adds up to {total}, not the contract amount {amount}',
  },
  'signing-date-in-future': {
    zh: '{field}：签约日期 {signedOn} 晚于今天（{today}）',
    en: '{field}: the signing date {signedOn} is after today ({today})',
  },
  'signing-not-allowed': {
    zh: '合同由签约人（{signerId}）本人登记，或由副总代为登记',
    en: 'A contract is recorded by its signer ({signerId}) or by the VP',
  },
  'signer-not-salesperson': {
    zh: '签约人{signerId}在签约日期 {signedOn} 是{role}，不是销售',
    en: 'The signer {signerId} was {role} on {signedOn}, not a salesperson',
  },
  'override-not-vp': {
    zh: '{field}：只有副总可以特批（您是{role}）',
    en: '{field}: only the VP may override (you are {role})',
  },
  'no-approved-report': {
    zh: '客户 {customerId} 与销售{salespersonId}之间没有已批准的签约前报备：请先报备并获批准，或由副总特批（须注明原因）',
    en: 'No approved pre-signing report for customer {customerId} and salesperson {salespersonId}: report the deal and have it approved, or have the VP override it with a reason',
  },
  'credit-currency-mismatch': {
    zh: '客户 {customerId} 的信用额度以 {creditCurrency} 计，合同币种为 {currency}，无法比较',
    en: "Customer {customerId}'s credit limit is in {creditCurrency}, the contract in {currency}: they cannot be compared",
  },
  'credit-limit-exceeded': {
    zh: '超出客户 {customerId} 的信用额度 {limit}：未收应收 {open} 加本合同 {amount} 超出额度；须副总特批（注明原因）',
    en: "Over customer {customerId}'s credit limit of {limit}: open receivables {open} plus this contract's {amount} exceed it; the VP may override with a reason",
  },
  'contract-already-signed': {
    zh: '合同 {contractId} 已用合同编号 {formNumber} 签订',
    en: 'Contract {contractId} is already signed on form {formNumber}',
  },
  'signing-customer-unknown': {
    zh: '没有客户 {customerId}（须先在客户管理中登记）',
    en: 'No customer {customerId} (register the customer first)',
  },
  'contract-person-unknown': {
    zh: '{field}：{personId}在 {asOf} 不在组织架构中',
    en: '{field}: {personId} is not in the org tree on {asOf}',
  },
  'form-bound-to-unsigned-contract': {
    zh: '合同编号 {number} 已绑定尚未完成签约的合同 {boundContractId}：请以该合同编号（contractId）重试签约',
    en: 'Form {number} is bound to contract {boundContractId}, whose signing did not complete: retry the signing with that contractId',
  },
  'idempotency-key-invalid': {
    zh: '{field}：重试键须为 1 至 100 位字母、数字或 _ . : -',
    en: '{field}: the retry key is 1 to 100 letters, digits or _ . : -',
  },
  'unknown-contract': { zh: '没有合同 {contractId}', en: 'No contract {contractId}' },
  'not-your-contract': {
    zh: '合同 {contractId} 不在您的查看范围内（负责人：{ownerId}）',
    en: 'Contract {contractId} is outside your scope (owner: {ownerId})',
  },
  'contract-list-not-allowed': {
    zh: '{role}不能查看合同列表',
    en: 'The {role} role does not read contracts',
  },
  'contract-terminated': {
    zh: '合同 {contractId} 已于 {terminatedOn} 终止',
    en: 'Contract {contractId} was terminated on {terminatedOn}',
  },
  'filing-not-allowed': {
    zh: '合同原件由销售内勤归档（您是{role}）',
    en: 'The sales admin files signed originals (you are {role})',
  },
  'filing-date-out-of-range': {
    zh: '{field}：归档日期 {filedOn} 须在签约日期 {signedOn} 与今天 {today} 之间',
    en: '{field}: the filing date {filedOn} must be between the signing date {signedOn} and today {today}',
  },
  'filing-location-required': {
    zh: '{field}：须填写原件存放位置',
    en: '{field}: say where the original is kept',
  },
  'contract-already-filed': {
    zh: '合同 {contractId} 的原件已于 {filedOn} 归档（{location}）',
    en: "Contract {contractId}'s original was filed on {filedOn} ({location})",
  },
  'termination-request-not-allowed': {
    zh: '终止合同 {contractId} 由负责人（{ownerId}）、其事业部经理或销售内勤申请',
    en: 'Termination of contract {contractId} is requested by its owner ({ownerId}), their division manager or the sales admin',
  },
  'termination-date-out-of-range': {
    zh: '{field}：终止日期 {terminationOn} 须在签约日期 {signedOn} 与今天 {today} 之间',
    en: '{field}: the termination date {terminationOn} must be between the signing date {signedOn} and today {today}',
  },
  'termination-reason-required': {
    zh: '{field}：终止合同须填写原因',
    en: '{field}: a termination needs a reason',
  },
  'termination-already-requested': {
    zh: '合同 {contractId} 已有待副总审批的终止申请（{requestedBy}，{requestedOn}）',
    en: 'Contract {contractId} already has a termination request awaiting the VP ({requestedBy}, {requestedOn})',
  },
  'termination-decision-not-allowed': {
    zh: '终止合同 {contractId} 由副总审批（您是{role}）',
    en: 'The VP approves or rejects the termination of contract {contractId} (you are {role})',
  },
  'no-termination-request': {
    zh: '合同 {contractId} 没有待审批的终止申请',
    en: 'Contract {contractId} has no termination request to decide',
  },
  'rejection-reason-required': { zh: '{field}：驳回须填写原因', en: '{field}: a rejection needs a reason' },
  'transfer-not-allowed': {
    zh: '合同 {contractId} 由负责人（{ownerId}）的事业部经理、副总或销售内勤移交',
    en: "Contract {contractId} is transferred by its owner's ({ownerId}) division manager, the VP or the sales admin",
  },
  'transfer-to-owner': {
    zh: '{field}：{toOwnerId}已是该合同的负责人',
    en: '{field}: {toOwnerId} already owns the contract',
  },
  'transfer-target-not-salesperson': {
    zh: '{field}：合同只能移交给销售，{toOwnerId}是{role}',
    en: '{field}: contracts go to salespeople; {toOwnerId} is {role}',
  },
  'transfer-reason-required': { zh: '{field}：移交须填写原因', en: '{field}: a transfer needs a reason' },
};

const roleLabel = (value: unknown): LocalizedText =>
  typeof value === 'string' && ROLE_LABELS[value as Role]
    ? ROLE_LABELS[value as Role]
    : { zh: '无角色', en: 'no role' };

/** How the signing slice's error details read to people. */
export const SIGNING_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  signerId: (value, details) => personLabel(value, details),
  salespersonId: (value, details) => personLabel(value, details),
  ownerId: (value, details) => personLabel(value, details),
  toOwnerId: (value, details) => personLabel(value, details),
  requestedBy: (value, details) => personLabel(value, details),
  toDivisionId: (value, details) => divisionLabel(value, details),
  role: roleLabel,
};
