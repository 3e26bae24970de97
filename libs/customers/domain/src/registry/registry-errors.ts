import { CUSTOMER_STATUS_LABELS, OWNER_CHANGE_REASON_LABELS } from '@sales/customers/events';
import type { LocalizedText } from '@sales/shared/domain';

/**
 * zh-CN/en texts of the registry's error codes; `{name}` placeholders come from the error's
 * details. People are named by the service (`{owner}` is 李娜（p-li）, see `namePeople`).
 */
export const REGISTRY_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'duplicate-customer': {
    zh: '查重：{key}相同的客户已存在（{customer}），负责人：{owner}；如属撞单，可申请由其上级决定归属',
    en: 'Duplicate: a customer with the same {key} exists ({customer}), owned by {owner}; if you are working the same deal, ask the owner’s manager to decide',
  },
  'customer-already-registered': {
    zh: '客户 {customerId} 已登记',
    en: 'Customer {customerId} is already registered',
  },
  'unknown-customer': { zh: '客户不存在：{customerId}', en: 'No such customer: {customerId}' },
  'customer-merged': {
    zh: '客户 {customerId} 已合并到 {survivorId}，请对保留的客户操作',
    en: 'Customer {customerId} was merged into {survivorId}; act on the survivor',
  },
  'owner-not-in-sales': {
    zh: '负责人 {field}：{owner} 不是在职的业务人员或事业部经理，不能负责客户',
    en: 'Owner {field}: {owner} is not an active salesperson or division manager and cannot own customers',
  },
  'owner-outside-your-division': {
    zh: '只能为本人负责的事业部的人员登记客户，{owner} 不在其中',
    en: 'You register customers only for people of the divisions you manage; {owner} is not one of them',
  },
  'register-for-someone-else': {
    zh: '业务员只能登记自己负责的客户，不能登记给 {owner}',
    en: 'A salesperson registers customers for themself, not for {owner}',
  },
  'pool-needs-senior': {
    zh: '放入公海的客户由业务副总、市场部主管或系统管理员登记',
    en: 'Customers go into the pool only through the VP, the sales-admin supervisor or an admin',
  },
  'not-your-customer': {
    zh: '客户 {customerId} 不在您的数据范围内（业务员只能处理本人的客户，经理只能处理本事业部的客户）',
    en: 'Customer {customerId} is outside your scope (a salesperson handles their own customers, a manager the division’s)',
  },
  'transfer-outside-company': {
    zh: '接收人 {field}：{toOwnerId} 不是公司在职人员，不能接收客户',
    en: 'New owner {field}: {toOwnerId} is not a current member of the company and cannot take customers',
  },
  'invalid-transfer-reason': {
    zh: '转移原因 {field} 不能是“{reason}”（公海的退回和领取有各自的操作）',
    en: 'A transfer’s reason ({field}) cannot be “{reason}” (the pool has its own actions)',
  },
  'already-owner': {
    zh: '客户 {customerId} 已由 {owner} 负责',
    en: 'Customer {customerId} is already owned by {owner}',
  },
  'transfer-outside-your-division': {
    zh: '事业部经理只能在本事业部内转移客户；跨事业部转移由业务副总决定',
    en: 'A division manager transfers customers within the division; a move across divisions is the VP’s call',
  },
  'merge-into-itself': {
    zh: '保留的客户 {field}：客户不能合并到自身',
    en: 'Surviving customer {field}: a customer cannot be merged into itself',
  },
  'invalid-company-name': {
    zh: '公司名称 {field}“{name}”去掉括号和公司类型后为空',
    en: 'The company name {field} “{name}” is empty once brackets and legal forms are removed',
  },
  'invalid-credit-code': {
    zh: '统一社会信用代码 {field}：“{creditCode}”无效（应为 18 位，且校验位符合 GB 32100-2015）',
    en: 'Credit code {field}: “{creditCode}” is not a valid unified social credit code (18 characters with a GB 32100-2015 check character)',
  },
  'invalid-phone': {
    zh: '联系人电话 {field}：“{phone}”无效（应有 5–20 位数字）',
    en: 'Contact phone {field}: “{phone}” is not a phone number (5–20 digits)',
  },
  'field-required': { zh: '必填项 {field} 不能为空', en: 'The field {field} is required' },
  'forbidden-role': { zh: '{role} 无权执行此操作', en: '{role} may not do this' },
};

/** How the registry's error details read to people. */
export const REGISTRY_DETAIL_LABELS: Readonly<Record<string, (value: unknown) => LocalizedText | undefined>> =
  {
    key: (value) =>
      value === 'name'
        ? { zh: '公司名称', en: 'company name' }
        : value === 'creditCode'
          ? { zh: '统一社会信用代码', en: 'credit code' }
          : undefined,
    reason: (value) => OWNER_CHANGE_REASON_LABELS[value as keyof typeof OWNER_CHANGE_REASON_LABELS],
    status: (value) => CUSTOMER_STATUS_LABELS[value as keyof typeof CUSTOMER_STATUS_LABELS],
  };
