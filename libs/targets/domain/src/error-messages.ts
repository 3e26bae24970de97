import { type DetailsWithNames, type LocalizedText, divisionLabel, namedId } from '@sales/shared/domain';
import { LEVEL_LABELS, METRICS, METRIC_LABELS, type Metric } from '@sales/targets/events';

/**
 * Message templates per error code, zh-CN first; `{name}` placeholders are filled from the
 * error's `details` by the HTTP layer (metric names via METRIC_LABELS).
 */
export const TARGETS_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'forbidden-role': { zh: '角色 {role} 无权执行此操作', en: 'Role {role} may not do this' },
  'not-your-division': {
    zh: '{divisionId} 不由您负责：只能处理本人负责的事业部',
    en: 'The {divisionId} is not yours: only its manager may do this',
  },
  'salesperson-without-targets': {
    zh: '落实到人：{unit} 还有 {count} 名业务人员没有目标（{personIds}）；请为其填写目标，或注明原因后排除',
    en: 'Down to each person: {count} salespeople of {unit} have no targets ({personIds}); give them targets or exclude them with a reason',
  },
  'salesperson-has-targets': {
    zh: '{personId} 在 {unit} 中已有目标，不能排除',
    en: '{personId} already has targets in {unit} and cannot be excluded',
  },
  'not-in-division': {
    zh: '{personId} 不是 {unit} 的业务人员',
    en: '{personId} is not a salesperson of {unit}',
  },
  'invalid-if-match': {
    zh: 'If-Match 应为读取节点时得到的 ETag（如 "3"），收到的是：{ifMatch}',
    en: 'If-Match must be the ETag read with the node (e.g. "3"), got: {ifMatch}',
  },
  'node-in-other-split': {
    zh: '{node} 的目标属于 {heldBy} 的分解（{status}），不能在 {unit} 中直接改写或修订：人员调动后请办理目标转移（两边上级批准）',
    en: '{node} has targets in the split of {heldBy} ({status}); {unit} cannot take them over by an edit or a revision: after a move, transfer them (approved by the level above each side)',
  },
  'transfer-already-open': {
    zh: '{node} 的目标转移（{from} → {to}）正在审批中，请先批准或退回',
    en: 'A transfer of the targets of {node} ({from} → {to}) awaits approval: approve or reject it first',
  },
  'nothing-to-transfer': {
    zh: '{node} 的目标已在 {to} 的分解中，无需转移',
    en: 'The targets of {node} are already in the split of {to}: nothing to transfer',
  },
  'not-party-to-transfer': {
    zh: '只有 {from} 或 {to} 的事业部经理、业务副总可以办理 {node} 的目标转移',
    en: 'Only the managers of {from} or {to}, or the VP, may transfer the targets of {node}',
  },
  'transfer-not-needed': {
    zh: '{node} 在 {heldBy} 的目标尚未批准：无需转移，由 {unit} 直接填写即可',
    en: 'The targets of {node} in {heldBy} were never approved: no transfer needed, {unit} sets them directly',
  },
  'transfer-needs-approved-split': {
    zh: '{unit} 的分解尚未批准（{status}）：请先完成并批准该分解（{node} 的目标仍在原分解中生效，不影响其审批），再办理转移',
    en: 'The split of {unit} is not approved ({status}): complete and approve it first ({node} keeps the targets in force in the old split, which does not hold up that approval), then transfer',
  },
  'transfer-exceeds-division': {
    zh: '{node} 的{metric}（{level}）不足以转出 {salesperson} 的目标（全年 {figureZh}，其目标 {carriedZh}，或某季度、月份不足）：请先修订公司分解',
    en: '{node} {metric} ({level}) is smaller than what {salesperson} carries (year {figureEn} against {carriedEn}, or some quarter or month): revise the company split first',
  },
  'unknown-transfer': {
    zh: '{fiscalYear} 财年的目标计划中没有 {node} 待审批的目标转移',
    en: 'The {fiscalYear} plan has no transfer of the targets of {node} awaiting approval',
  },
  'transfer-outdated': {
    zh: '组织结构中 {node} 现属 {nodeUnit}，而非该转移转入的 {unit}：请退回该转移后重新办理',
    en: 'The org tree now puts {node} in {nodeUnit}, not {unit} where the transfer goes: reject it and transfer again',
  },
  'unit-in-transfer': {
    zh: '{unit} 正在办理 {node} 的目标转移：请通过该转移批准或退回',
    en: '{unit} is part of the transfer of the targets of {node}: approve or reject the transfer',
  },
  'plan-not-draft': {
    zh: '{fiscalYear} 财年的目标计划已有提交或批准的分解（{units}），不能再更正或作废；请走修订流程',
    en: 'The {fiscalYear} plan already has submitted or approved splits ({units}): it can no longer be corrected or abandoned; revise instead',
  },
  'stale-node': {
    zh: '{node} 已被 {changedBy} 修改（当前第 {revision} 版，您看到的是第 {expectedRevision} 版）：请刷新后再修改',
    en: '{node} was changed by {changedBy} (now revision {revision}, you saw {expectedRevision}): reload before editing',
  },
  'own-submission': {
    zh: '不能审批本人提交的目标分解：应由上级 {approverId} 审批或退回',
    en: 'Nobody decides their own submission: {approverId}, the level above, approves or sends it back',
  },
  'not-the-approver': {
    zh: '该目标分解（{unit}）应由 {approverId} 审批或退回',
    en: 'This split ({unit}) is approved or sent back by {approverId}',
  },
  'no-approver': {
    zh: '组织结构中没有能审批 {unit} 的人（需要业务副总）',
    en: 'Nobody in the org tree can approve {unit} (a VP is needed)',
  },
  'plan-not-opened': {
    zh: '{fiscalYear} 财年的目标计划尚未开始制定（或已作废）',
    en: 'The {fiscalYear} target plan has not been opened (or was abandoned)',
  },
  'unknown-plan': {
    zh: '{fiscalYear} 财年的目标计划不存在',
    en: 'There is no target plan for fiscal year {fiscalYear}',
  },
  'unknown-node-targets': {
    zh: '{fiscalYear} 财年的目标计划中没有 {node} 的目标',
    en: 'The {fiscalYear} plan has no targets for {node}',
  },
  'out-of-scope': { zh: '{node} 不在您的数据范围内', en: '{node} is outside the data you may see' },
  'plan-already-opened': {
    zh: '{fiscalYear} 财年的目标计划已开始制定',
    en: 'The {fiscalYear} plan is already open',
  },
  'invalid-fiscal-year': { zh: '财年 {fiscalYear} 无效', en: 'Fiscal year {fiscalYear} is invalid' },
  'invalid-currency': {
    zh: '币种 {currency} 无效（ISO 4217，如 CNY）',
    en: 'Currency {currency} is invalid (ISO 4217, e.g. CNY)',
  },
  'invalid-node': {
    zh: '节点 {node} 无效（company、division:<id> 或 salesperson:<id>）',
    en: 'Node {node} is invalid (company, division:<id> or salesperson:<id>)',
  },
  'invalid-unit': {
    zh: '审批单元 {unit} 无效（company 或 division:<id>）',
    en: 'Unit {unit} is invalid (company or division:<id>)',
  },
  'unknown-division': { zh: '{divisionId} 不存在', en: 'The {divisionId} does not exist' },
  'unknown-salesperson': {
    zh: '业务人员 {personId} 不在任何事业部中',
    en: 'Salesperson {personId} is in no division',
  },
  'approved-target-needs-revision': {
    zh: '{node} 的目标已批准，只能通过修订（注明原因）变更',
    en: 'The targets of {node} are approved; change them only by a revision with a reason',
  },
  'target-awaiting-approval': {
    zh: '{unit} 正在审批中，不能修改',
    en: '{unit} is awaiting approval and cannot be edited',
  },
  'no-targets-given': { zh: '没有给出任何目标', en: 'No targets were given' },
  'unknown-metric': { zh: '未知指标 {metric}', en: 'Unknown metric {metric}' },
  'invalid-amount': {
    zh: '{node} 的 {metric}（{level}）{field} 必须是非负整数（金额以分计）：{value}',
    en: '{node} {metric} ({level}) {field} must be a non-negative integer (money in minor units): {value}',
  },
  'invalid-quarters': {
    zh: '{node} 的 {metric}（{level}）须有 4 个季度，实际 {count} 个',
    en: '{node} {metric} ({level}) needs 4 quarters, got {count}',
  },
  'invalid-months': {
    zh: '{node} 的 {metric}（{level}）须有 12 个月，实际 {count} 个',
    en: '{node} {metric} ({level}) needs 12 months, got {count}',
  },
  'quarters-do-not-add-up': {
    zh: '{node} 的 {metric}（{level}）四个季度合计 {sum}，不等于全年 {year}',
    en: '{node} {metric} ({level}): the quarters add up to {sum}, not the year’s {year}',
  },
  'months-do-not-add-up': {
    zh: '{node} 的 {metric}（{level}）第 {quarter} 季度各月合计 {sum}，不等于季度目标 {quarterAmount}',
    en: '{node} {metric} ({level}): the months of Q{quarter} add up to {sum}, not {quarterAmount}',
  },
  'stretch-less-ambitious': {
    zh: '{node} 的 {metric} 理想目标（{stretch}）不如现实目标（{realistic}）进取',
    en: '{node} {metric}: the stretch level ({stretch}) is less ambitious than the realistic one ({realistic})',
  },
  'regressive-quarter-not-acknowledged': {
    zh: '有季度目标低于上一季度（渐进式目标），请确认：{regressions}',
    en: 'Some quarters are below the quarter before (progressive targets); acknowledge them: {regressions}',
  },
  'unit-has-no-targets': { zh: '{unit} 还没有任何目标', en: '{unit} has no targets yet' },
  'target-not-draft': {
    zh: '{unit} 当前状态为 {status}，只有草稿可以提交',
    en: '{unit} is {status}; only a draft can be submitted',
  },
  'target-not-submitted': {
    zh: '{unit} 当前状态为 {status}，未提交审批',
    en: '{unit} is {status}, not submitted for approval',
  },
  'parent-not-approved': {
    zh: '上级目标（{parent}）尚未批准，不能先批准 {unit}',
    en: 'The parent split ({parent}) must be approved before {unit}',
  },
  'under-allocated': {
    zh: '{node} 的{metricZh}（{levelZh}）尚未分解完毕，差额 {shortfallZh}',
    en: '{node} {metricEn} ({levelEn}) is not fully allocated: {shortfallEn} short',
  },
  'expense-over-allocated': {
    zh: '{node} 的费用（{levelZh}）分配超出预算 {excessZh}',
    en: '{node} expense budget ({levelEn}) is allocated {excessEn} beyond the budget',
  },
  'reason-required': { zh: '请填写原因', en: 'A reason is required' },
  'target-not-approved': {
    zh: '{unit} 尚未批准，请直接修改草稿',
    en: '{unit} is not approved; edit the draft instead',
  },
  'node-not-in-unit': {
    zh: '{node} 不属于 {unit}，属于 {nodeUnit}',
    en: '{node} belongs to {nodeUnit}, not {unit}',
  },
  'not-your-review': { zh: '只能提交本人的季度复盘', en: 'You may submit only your own quarterly review' },
  'review-mismatch': {
    zh: '该复盘属于其他人员或季度',
    en: 'This review belongs to another person or quarter',
  },
  'review-not-found': { zh: '季度复盘不存在', en: 'The quarterly review does not exist' },
  'quarter-not-started': {
    zh: '{fiscalYear} 年第 {quarter} 季度尚未开始（{startsOn} 开始），不能复盘',
    en: 'Quarter {quarter} of {fiscalYear} has not begun (it starts on {startsOn}); it cannot be reviewed yet',
  },
  'review-already-commented': {
    zh: '经理已点评，复盘不能再修改或重复点评',
    en: 'The manager has commented; the review is closed to changes',
  },
  'review-already-archived': { zh: '季度复盘已归档', en: 'The quarterly review is already archived' },
  'review-not-commented': {
    zh: '经理点评后才能归档',
    en: 'The manager must comment before the review is archived',
  },
  'review-field-required': { zh: '请填写复盘项：{field}', en: 'Please answer: {field}' },
  'invalid-period': {
    zh: '期间无效：{fiscalYear} 年第 {quarter} 季度',
    en: 'Invalid period: {fiscalYear} Q{quarter}',
  },
  'field-required': { zh: '{field} 不能为空', en: '{field} is required' },
};

const STATUS_LABELS: Readonly<Record<string, LocalizedText>> = {
  draft: { zh: '草稿', en: 'draft' },
  submitted: { zh: '已提交', en: 'submitted' },
  approved: { zh: '已批准', en: 'approved' },
};

/** An approval unit or node as people name it: 公司, 事业部 d-east, 业务员 p-li. */
function placeLabel(value: unknown, details: DetailsWithNames = {}): LocalizedText | undefined {
  if (value === 'company') return { zh: '公司', en: 'the company' };
  const [, level, id] = /^(division|salesperson):(.+)$/.exec(String(value)) ?? [];
  // 华东事业部（d-east）/ 业务员 李娜（p-li）when the service named them, else the ids.
  if (level === 'division') return divisionLabel(id, details);
  if (level === 'salesperson') {
    const named = namedId(id, details);
    return { zh: `业务员 ${named}`, en: `salesperson ${named}` };
  }
  return undefined;
}

/**
 * How targets' error details read to people: 销售额 not salesAmount, 现实目标 not realistic, 已提交
 * not submitted, 公司 not company (registered with the context: `detailLabels`).
 */
export const TARGETS_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  metric: (value) =>
    isMetric(value) ? { zh: METRIC_LABELS[value].zh, en: METRIC_LABELS[value].en } : undefined,
  level: (value) => (value === 'realistic' || value === 'stretch' ? LEVEL_LABELS[value] : undefined),
  status: (value) => STATUS_LABELS[String(value)],
  unit: placeLabel,
  heldBy: placeLabel,
  from: placeLabel,
  to: placeLabel,
  salesperson: placeLabel,
  nodeUnit: placeLabel,
  parent: placeLabel,
  node: placeLabel,
};

function isMetric(value: unknown): value is Metric {
  return typeof value === 'string' && (METRICS as readonly string[]).includes(value);
}
