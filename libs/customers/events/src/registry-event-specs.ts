import { type JsonSchema, type LocalizedText, publishedEventSpec } from '@sales/shared/domain';
import {
  CUSTOMERS_CONTEXT,
  CUSTOMER_STATUSES,
  OWNER_CHANGE_REASONS,
  type CustomerStatus,
} from './customers-events';
import type { RegistryPublishedEvent } from './registry-events';
import { businessDate, customerId, described, id, nonEmpty, optionalId, text } from './schema-parts';

const spec = (
  type: RegistryPublishedEvent['type'],
  schemaVersion: number,
  summary: LocalizedText,
  properties: Record<string, JsonSchema>,
) => publishedEventSpec({ context: CUSTOMERS_CONTEXT, type, schemaVersion, summary, properties });

const profile = {
  name: nonEmpty('公司名称', 'Company name'),
  creditCode: described(
    { type: ['string', 'null'], pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' },
    '统一社会信用代码（18 位，GB 32100-2015），潜在客户可为空',
    'Unified social credit code (18 characters, GB 32100-2015); may be null for a potential customer',
  ),
  industry: nonEmpty('行业', 'Industry'),
  region: nonEmpty('地区', 'Region'),
  source: nonEmpty('客户来源', 'Source'),
};

const status = described(
  { type: 'string', enum: [...CUSTOMER_STATUSES] satisfies CustomerStatus[] },
  '状态：potential 潜在客户，active 成交客户',
  'Status: potential, or active (has a signed contract)',
);

export const REGISTRY_EVENT_SPECS = [
  spec(
    'CustomerRegistered',
    1,
    text('客户已登记（不含联系人等个人信息）', 'A customer was registered (no personal data)'),
    {
      customerId,
      ...profile,
      status,
      ownerId: optionalId('负责业务员（null 表示在公海）', 'Owner salesperson (null: in the pool)'),
      divisionId: optionalId('负责业务员所在事业部', 'Division of the owner'),
      registeredOn: businessDate('登记日期', 'Registration date'),
    },
  ),
  spec('CustomerProfileChanged', 1, text('客户的公司信息已修改', 'The company facts of a customer changed'), {
    customerId,
    ...profile,
    changedOn: businessDate('修改日期', 'Date of the change'),
  }),
  spec(
    'CustomerActivated',
    1,
    text('客户首份合同签订，成为成交客户', 'First contract signed: customer is active'),
    {
      customerId,
      contractId: id('首份合同编号', 'First contract'),
      activatedOn: businessDate('签约日期', 'Signing date'),
    },
  ),
  spec(
    'CustomerOwnerChanged',
    1,
    text(
      '客户负责人变更（转移、交接、退回或领取公海）',
      'A customer changed hands (transfer, handover, pool)',
    ),
    {
      customerId,
      fromOwnerId: optionalId('原负责人（null 表示公海）', 'Previous owner (null: the pool)'),
      fromDivisionId: optionalId('原负责人所在事业部', 'Division of the previous owner'),
      toOwnerId: optionalId('新负责人（null 表示退回公海）', 'New owner (null: returned to the pool)'),
      toDivisionId: optionalId('新负责人所在事业部', 'Division of the new owner'),
      reason: described(
        { type: 'string', enum: [...OWNER_CHANGE_REASONS] },
        '原因：territory 区域调整，handover 离职交接，manager-decision 上级决定，pool-return 退回公海，pool-claim 领取，pool-assignment 分配',
        'Reason: territory, handover, manager-decision, pool-return, pool-claim, pool-assignment',
      ),
      effectiveOn: businessDate('生效日期', 'Effective date'),
    },
  ),
  spec(
    'CustomerMerged',
    1,
    text('重复客户已合并到保留的客户', 'A duplicate record was merged into the survivor'),
    {
      customerId: id(
        '被合并的客户编号（此后解析为 survivorId）',
        'Merged customer (resolves to survivorId from now on)',
      ),
      survivorId: id('保留的客户编号', 'Surviving customer'),
      mergedOn: businessDate('合并日期', 'Merge date'),
    },
  ),
];
