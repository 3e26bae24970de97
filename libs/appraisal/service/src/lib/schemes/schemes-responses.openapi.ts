/** What the schemes routes answer, for the OpenAPI document. */
const date = { type: 'string', format: 'date', example: '2027-04-01' };
const decimal = (description: string, example: string) => ({ type: 'string', description, example });
const fen = (description: string) => ({ type: 'integer', description: `${description}（分）in fen` });

const version = {
  type: 'object',
  description:
    '一个版本的完整规则（含提成方案）与设定人、日期、原因 a version’s rules with who, when and why',
  required: [
    'schemeId',
    'version',
    'effectiveFrom',
    'name',
    'appliesTo',
    'kpis',
    'qualitativeWeightPercent',
    'gradeBands',
    'miss',
    'ladder',
    'commission',
    'setBy',
    'setOn',
    'reason',
  ],
  properties: {
    schemeId: { type: 'string' },
    version: { type: 'integer', minimum: 1 },
    effectiveFrom: date,
    name: { type: 'string' },
    appliesTo: { type: 'string', enum: ['salesperson', 'division_manager'] },
    kpis: { type: 'array', items: { type: 'object' } },
    qualitativeWeightPercent: { type: 'number' },
    gradeBands: { type: 'array', items: { type: 'object' } },
    miss: { type: 'object' },
    ladder: { type: 'object' },
    commission: { type: 'object' },
    setBy: { type: 'string' },
    setOn: date,
    reason: { type: 'string', nullable: true },
  },
};

export const SCHEME_LIST_RESPONSE = {
  type: 'array',
  items: {
    type: 'object',
    required: ['schemeId', 'name', 'appliesTo', 'latestVersion', 'versionInForce'],
    properties: {
      schemeId: { type: 'string', example: 'sales-quarterly' },
      name: { type: 'string', example: '业务人员季度考核办法' },
      appliesTo: { type: 'string', enum: ['salesperson', 'division_manager'] },
      latestVersion: { type: 'integer' },
      versionInForce: {
        type: 'integer',
        nullable: true,
        description: '今天生效的版本 the version in force today',
      },
    },
  },
};

export const SCHEME_VERSIONS_RESPONSE = {
  type: 'object',
  required: ['schemeId', 'versionInForce', 'versions'],
  properties: {
    schemeId: { type: 'string' },
    versionInForce: { type: 'integer', nullable: true },
    versions: { type: 'array', description: '各版本，旧的在前 every version, oldest first', items: version },
  },
};

const payoutLine = {
  type: 'object',
  required: ['kind', 'amountMinor', 'display', 'how'],
  properties: {
    kind: { type: 'string', enum: ['tier', 'accelerator', 'cap', 'penalty'] },
    amountMinor: fen('本行金额（封顶、惩罚为负）line amount, negative for a cap or penalty'),
    display: { type: 'string', example: '17,500.00 元' },
    how: { type: 'string', example: '350,000.00 元 × 5% = 17,500.00 元' },
  },
};

export const SCHEME_PREVIEW_RESPONSE = {
  type: 'object',
  required: [
    'schemeId',
    'version',
    'score',
    'grade',
    'missed',
    'consecutiveMisses',
    'ladderStep',
    'ladderText',
    'kpiLines',
    'qualitative',
    'payout',
  ],
  properties: {
    schemeId: { type: 'string' },
    version: { type: 'integer' },
    score: decimal('得分（两位小数，四舍五入）score, 2 places half-up', '70.00'),
    grade: { type: 'string', example: 'C' },
    missed: { type: 'boolean' },
    consecutiveMisses: { type: 'integer' },
    ladderStep: { type: 'string', enum: ['none', 'help', 'penalty', 'elimination-warning'] },
    ladderText: { type: 'string', nullable: true },
    kpiLines: {
      type: 'array',
      items: {
        type: 'object',
        required: ['figureId', 'value', 'points', 'weightPercent', 'weighted', 'how'],
        properties: {
          figureId: { type: 'string' },
          value: { type: 'string', nullable: true },
          points: decimal('得分点 points on the curve', '75.00'),
          weightPercent: { type: 'number' },
          weighted: decimal('加权得分 weighted points', '30.0000'),
          how: { type: 'string', example: '(0.9 − 0.6) ÷ (1 − 0.6) × 100 = 75.00 分' },
        },
      },
    },
    qualitative: {
      type: 'object',
      required: ['score', 'weightPercent', 'weighted'],
      properties: {
        score: { type: 'string' },
        weightPercent: { type: 'number' },
        weighted: { type: 'string' },
      },
    },
    payout: {
      type: 'object',
      required: [
        'amountMinor',
        'display',
        'currency',
        'basis',
        'mode',
        'basisAmountMinor',
        'targetMinor',
        'attainmentPercent',
        'multiplier',
        'lines',
      ],
      properties: {
        amountMinor: fen('提成合计 payout'),
        display: { type: 'string', example: '17,500.00 元' },
        currency: { type: 'string', example: 'CNY' },
        basis: { type: 'string', enum: ['collections', 'signed', 'gross-margin'] },
        mode: { type: 'string', enum: ['full', 'excess'] },
        basisAmountMinor: fen('计提基数 basis amount'),
        targetMinor: { ...fen('现实目标 realistic target'), nullable: true },
        attainmentPercent: { type: 'string', nullable: true, example: '87.50' },
        multiplier: { type: 'string', example: '1' },
        lines: { type: 'array', items: payoutLine },
      },
    },
  },
};

export const COMMAND_OUTCOME_RESPONSE = {
  type: 'object',
  required: ['version', 'events'],
  properties: {
    version: { type: 'integer', description: '考核办法流的版本 stream version' },
    events: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'type'],
        properties: { id: { type: 'string' }, type: { type: 'string' } },
      },
    },
  },
};
