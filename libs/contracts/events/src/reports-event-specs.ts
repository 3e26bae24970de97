import { type PublishedEventSpec, publishedEventSpec, schemaParts } from '@sales/shared/domain';
import { CONTRACTS_CONTEXT } from './contracts-events';

const { businessDate, currency, described, id, minorAmount, optionalId, text } = schemaParts;

const party = {
  reportId: id('报备编号', 'Report'),
  salespersonId: id('报备人（销售）', 'Salesperson who reported it'),
  divisionId: optionalId('报备人所在事业部', 'Division of the salesperson'),
  customerId: id('客户', 'Customer'),
};
const revision = described(
  { type: 'integer', minimum: 1 },
  '报备版本（每次修改加一）',
  'Revision (one more per revised report)',
);
const on = businessDate('日期', 'Business date');
const deal = {
  ...party,
  revision,
  currency,
  expectedAmountMinor: minorAmount('预计金额（含税）', 'Expected amount (incl. VAT)', 1),
  productLineIds: described(
    { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    '涉及的产品线',
    'Product lines of the deal',
  ),
  expectedSigningOn: businessDate('预计签约日期', 'Expected signing date'),
  on,
};
const check = {
  ...party,
  revision,
  aspect: described(
    { type: 'string', enum: ['schedule', 'technology', 'installation'] },
    '确认项：schedule 工期（市场部主管）、technology 技术（技术）、installation 安装（安装）',
    'Aspect: schedule (sales admin), technology (engineer), installation (installer)',
  ),
  by: id('确认人', 'Checked by'),
  on,
};

export const REPORTS_EVENT_SPECS: readonly PublishedEventSpec[] = [
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'ReportSubmitted',
    schemaVersion: 1,
    summary: text('签约前报备', 'A deal reported before signing'),
    properties: deal,
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'ReportRevised',
    schemaVersion: 1,
    summary: text('报备已修改，可行性重新确认', 'A report revised; every check starts again'),
    properties: deal,
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'FeasibilityConfirmed',
    schemaVersion: 1,
    summary: text('可行性确认通过', 'A feasibility check confirmed'),
    properties: check,
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'FeasibilityRefused',
    schemaVersion: 1,
    summary: text('可行性不通过，退回修改', 'A feasibility check refused; back for a revision'),
    properties: check,
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'ReportApproved',
    schemaVersion: 1,
    summary: text('报备已批准（事业部经理）', 'A report approved by the division manager'),
    properties: {
      ...party,
      revision,
      by: id('批准人', 'Approved by'),
      selfApproval: described(
        { type: 'boolean' },
        '组织顶层、无上级时本人批准（如实记录）',
        'Approved by its own author at the top of the tree, with nobody above (recorded as such)',
      ),
      on,
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'ReportRejected',
    schemaVersion: 1,
    summary: text('报备已驳回', 'A report rejected'),
    properties: { ...party, revision, by: id('驳回人', 'Rejected by'), on },
  }),
];
