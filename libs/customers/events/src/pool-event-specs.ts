import { publishedEventSpec } from '@sales/shared/domain';
import { CUSTOMERS_CONTEXT } from './customers-events';
import { POOL_RETURN_RULES } from './pool-events';
import { businessDate, customerId, described, id, optionalId, text } from './schema-parts';

export const POOL_EVENT_SPECS = [
  publishedEventSpec({
    context: CUSTOMERS_CONTEXT,
    type: 'CustomerPoolReturnWarned',
    schemaVersion: 1,
    summary: text(
      '客户将退回公海的预警（负责人尚可跟进或签约）',
      'A customer will return to the pool unless its owner acts first',
    ),
    properties: {
      customerId,
      ownerId: id('负责人', 'Owner'),
      divisionId: optionalId('负责人所在事业部', 'Division of the owner'),
      dueOn: businessDate('退回公海的日期', 'Date of the return'),
      rule: described(
        { type: 'string', enum: [...POOL_RETURN_RULES] },
        '规则：no-follow-up 未跟进（拜访）天数已满，no-contract 未签合同天数已满',
        'Rule: no-follow-up (no visit for too long) or no-contract (no signed contract for too long)',
      ),
      since: businessDate(
        '规则的起算日（最近一次跟进或签约，或取得客户之日，取较晚者）',
        'Day the rule counts from (the last follow-up or contract, or the day the owner took the customer, whichever is later)',
      ),
      warnedOn: businessDate('预警日期', 'Date of the warning'),
    },
  }),
];
