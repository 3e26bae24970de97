import { type PublishedEventSpec, publishedEventSpec, schemaParts } from '@sales/shared/domain';
import { CONTRACTS_CONTEXT } from './contracts-events';
import { DIRECTIVE_ISSUER_ROLES } from './directives-events';

const { businessDate, described, id, nonEmpty, optionalId, text } = schemaParts;

const party = {
  contractId: id('合同（系统编号）', 'Contract id'),
  customerId: id('客户', 'Customer'),
  ownerId: id('合同负责人（业务员）', 'Owner of the contract (the salesperson)'),
  divisionId: optionalId('负责人所在事业部', 'Division of the owner'),
};
const role = (zh: string, en: string) =>
  described({ type: 'string', enum: [...DIRECTIVE_ISSUER_ROLES] }, zh, en);

export const DIRECTIVES_EVENT_SPECS: readonly PublishedEventSpec[] = [
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'StopDirectiveIssued',
    schemaVersion: 1,
    summary: text(
      '停工指示：合同现场工作须停止，直至解除（安装、调试、验收在此期间被拒绝）',
      'Work on a contract is to stop until lifted (installation milestones are refused meanwhile)',
    ),
    properties: {
      directiveId: id('指示编号', 'Directive id'),
      ...party,
      reason: nonEmpty('停工原因', 'Why work stops'),
      issuedBy: id('下达人', 'Issued by'),
      issuedByRole: role(
        '下达人角色：vp 业务副总、admin 系统管理员、safety 安全/质量',
        'Role of the issuer: vp, admin or safety',
      ),
      issuedOn: businessDate('下达日期', 'Date issued'),
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'StopDirectiveLifted',
    schemaVersion: 1,
    summary: text('解除停工指示（须填原因）', 'A stop directive lifted, with its reason'),
    properties: {
      directiveId: id('指示编号', 'Directive id'),
      ...party,
      reason: nonEmpty('解除原因', 'Why it is lifted'),
      liftedBy: id('解除人', 'Lifted by'),
      liftedByRole: role(
        '解除人角色：vp 业务副总、admin 系统管理员、safety 安全/质量',
        'Role of the person lifting it: vp, admin or safety',
      ),
      liftedOn: businessDate('解除日期', 'Date lifted'),
      issuedOn: businessDate('原指示下达日期', 'Date the directive was issued'),
      stillActive: described(
        { type: 'integer', minimum: 0 },
        '解除后该合同仍有效的停工指示数（0 即可复工）',
        'Stop directives still in force on the contract after this one (0: work may go on)',
      ),
    },
  }),
];
