import { type PublishedEventSpec, publishedEventSpec, schemaParts } from '@sales/shared/domain';
import { CONTRACTS_CONTEXT } from './contracts-events';
import { INSTALLATION_MILESTONES, SCREEN_ENVIRONMENTS, SCREEN_MOUNTINGS } from './installation-events';

const { businessDate, described, id, nonEmpty, optionalId, text } = schemaParts;

const party = {
  contractId: id('合同（系统编号）', 'Contract id'),
  customerId: id('客户', 'Customer'),
  ownerId: id('合同负责人（业务员）', 'Owner of the contract (the salesperson)'),
  divisionId: optionalId('负责人所在事业部', 'Division of the owner'),
};
const milestone = described(
  { type: 'string', enum: [...INSTALLATION_MILESTONES] },
  '里程碑：start 安装开始、finish 安装完成、commission 调试、accept 验收',
  'Milestone: start, finish, commission (调试), accept (验收)',
);
const recordedOn = businessDate('登记日期', 'Date recorded');
const positiveInt = (zh: string, en: string) =>
  described({ type: 'integer', minimum: 1, maximum: 1_000_000_000 }, zh, en);
const screen = described(
  {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'widthMm', 'heightMm', 'pixelPitchUm', 'environment', 'mounting'],
    properties: {
      name: nonEmpty('屏幕名称（如 大厅主屏）', 'Screen name'),
      widthMm: positiveInt('宽（整数，毫米）', 'Width (whole millimetres)'),
      heightMm: positiveInt('高（整数，毫米）', 'Height (whole millimetres)'),
      pixelPitchUm: positiveInt(
        '点间距（整数，微米；P2.5 即 2500）',
        'Pixel pitch (whole micrometres; P2.5 is 2500)',
      ),
      environment: described(
        { type: 'string', enum: [...SCREEN_ENVIRONMENTS] },
        '使用环境：indoor 室内、outdoor 户外、semi_outdoor 半户外',
        'Environment: indoor, outdoor, semi-outdoor',
      ),
      mounting: described(
        { type: 'string', enum: [...SCREEN_MOUNTINGS] },
        '安装方式：wall 壁挂、hoisted 吊装、floor 落地、embedded 嵌入、pole 立柱、other 其他',
        'Mounting: wall, hoisted, floor, embedded, pole, other',
      ),
    },
  },
  '屏幕要求',
  'Screen requirements',
);
const reached = {
  ...party,
  on: businessDate('实际日期', 'Actual date'),
  plannedOn: described(
    { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    '当时的计划日期（含延期；未计划为空）',
    'The planned date then in force (after delays; null when never planned)',
  ),
  recordedBy: id('登记人', 'Recorded by'),
  recordedOn,
};

export const INSTALLATION_EVENT_SPECS: readonly PublishedEventSpec[] = [
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'InstallersAssigned',
    schemaVersion: 1,
    summary: text('市场部主管指派安装人员（整组替换）', 'Installers assigned to a contract (the whole set)'),
    properties: {
      ...party,
      installerIds: described(
        { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true },
        '指派的安装人员',
        'The installers assigned',
      ),
      assignedBy: id('指派人（市场部主管）', 'Assigned by (sales admin)'),
      assignedOn: businessDate('指派日期', 'Date assigned'),
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'SiteSurveyRecorded',
    schemaVersion: 1,
    summary: text(
      '现场情况及屏幕要求（安装人员反馈；新的一次取代旧的）',
      'Site conditions and screen requirements fed back by an installer (a later one supersedes)',
    ),
    properties: {
      ...party,
      surveyedOn: businessDate('勘察日期', 'Date surveyed'),
      siteConditions: nonEmpty('现场情况', 'Site conditions'),
      screens: described({ type: 'array', items: screen, minItems: 1 }, '屏幕要求', 'Screens required'),
      notes: described({ type: 'string' }, '备注', 'Notes'),
      recordedBy: id('反馈人（安装人员）', 'Recorded by (installer)'),
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'InstallationMilestonePlanned',
    schemaVersion: 1,
    summary: text('安装里程碑计划日期', 'An installation milestone’s planned date'),
    properties: {
      ...party,
      milestone,
      plannedOn: businessDate('计划日期', 'Planned date'),
      plannedBy: id('计划人（市场部主管或合同负责人）', 'Planned by (sales admin or the owner)'),
      recordedOn,
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'InstallationMilestoneDelayed',
    schemaVersion: 1,
    summary: text(
      '延期通知：安装里程碑计划日期推迟（即时发布给下游）',
      'A milestone delayed: its planned date moved later (published at once for downstream roles)',
    ),
    properties: {
      ...party,
      milestone,
      previousDate: businessDate('原计划日期', 'Previous planned date'),
      newDate: businessDate('新计划日期', 'New planned date'),
      reason: nonEmpty('延期原因', 'Reason for the delay'),
      delayedBy: id('登记人', 'Recorded by'),
      recordedOn,
    },
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'InstallationStarted',
    schemaVersion: 1,
    summary: text('安装开始', 'Installation started'),
    properties: reached,
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'InstallationFinished',
    schemaVersion: 1,
    summary: text('安装完成', 'Installation finished'),
    properties: reached,
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'InstallationCommissioned',
    schemaVersion: 1,
    summary: text('调试完成', 'Installation commissioned'),
    properties: reached,
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'InstallationAccepted',
    schemaVersion: 1,
    summary: text('验收通过', 'Installation accepted'),
    properties: { ...reached, acceptedBy: nonEmpty('验收人（客户方）', 'Accepted by (for the customer)') },
  }),
];
