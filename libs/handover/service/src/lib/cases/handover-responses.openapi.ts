/** What the handover routes answer, for the OpenAPI document. */
const date = { type: 'string', format: 'date', example: '2027-04-30' };
const name = (what: string) => ({ type: 'string', nullable: true, description: `${what}（今天的组织）` });
const status = {
  type: 'string',
  enum: ['open', 'completed', 'left-without-handover'],
  description: 'open 进行中 / completed 已完成交接 / left-without-handover 离职处理',
};
const kind = { type: 'string', enum: ['customer', 'contract', 'form', 'accounts', 'sign-off'] };
const step = {
  type: 'object',
  nullable: true,
  required: ['by', 'on'],
  properties: { by: { type: 'string' }, byName: name('办理人'), on: date },
};

export const CASE_SUMMARY = {
  type: 'object',
  required: ['caseId', 'personId', 'status', 'noticedOn', 'lastDay', 'openCount'],
  properties: {
    caseId: { type: 'string', example: 'resignation-p-li-1' },
    personId: { type: 'string' },
    personName: name('辞职人员姓名'),
    divisionId: { type: 'string', nullable: true },
    status,
    noticedOn: date,
    lastDay: date,
    openCount: { type: 'integer', minimum: 0, description: '未完成事项数 open items' },
  },
};

export const CASE_LIST_RESPONSE = { type: 'array', items: CASE_SUMMARY };

export const CASE_RESPONSE = {
  type: 'object',
  required: [...CASE_SUMMARY.required, 'blocked', 'open', 'checklist', 'cleared'],
  properties: {
    ...CASE_SUMMARY.properties,
    divisionName: name('事业部'),
    noticedBy: { type: 'string' },
    noticedByName: name('提出人'),
    supervisorId: { type: 'string', nullable: true },
    supervisorName: name('直属上级'),
    blocked: { type: 'boolean', description: '仍有未完成事项，不能离职 / items still open' },
    open: {
      type: 'array',
      description: '未完成事项（名称、合同编号，金额以元表示）/ open items by name, money in 元',
      items: {
        type: 'object',
        required: ['kind', 'id', 'label', 'labelEn'],
        properties: { kind, id: { type: 'string' }, label: { type: 'string' }, labelEn: { type: 'string' } },
      },
    },
    checklist: {
      type: 'object',
      description:
        '当前持有：客户、合同（金额为整数分，币种见 currency）、合同领用单；账目结清与主管签字 / held now (money in integer fen with currency)',
    },
    cleared: {
      type: 'array',
      items: { type: 'object' },
      description: '已完成的事项及方式 / items cleared and how',
    },
    closed: step,
    exitReason: { type: 'string', nullable: true },
    leftOpen: { type: 'array', items: { type: 'object', properties: { kind, id: { type: 'string' } } } },
  },
};
