import { INSTALLATION_MILESTONES, SCREEN_ENVIRONMENTS, SCREEN_MOUNTINGS } from '@sales/contracts/events';

/** What the installation routes answer, for the OpenAPI document. */
const text = { type: 'string' };
const nullableText = { type: 'string', nullable: true };
const date = { type: 'string', format: 'date', example: '2027-03-31' };
const nullableDate = { ...date, nullable: true };
const int = { type: 'integer', minimum: 0 };
const object = (properties: Record<string, object>, nullable = false) => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
  ...(nullable ? { nullable: true } : {}),
});
const events = {
  type: 'array',
  description: '本次记录的事件（重复提交同一事实时为空）/ events recorded (none for a repeat)',
  items: object({ id: text, type: text }),
};
const milestone = { type: 'string', enum: [...INSTALLATION_MILESTONES] };
const ids = { type: 'array', items: text };

export const INSTALLATION_COMMAND_RESPONSE = object({ version: int, events });

const screen = object({
  name: text,
  widthMm: { type: 'integer', description: '宽（毫米）' },
  heightMm: { type: 'integer', description: '高（毫米）' },
  pixelPitchUm: { type: 'integer', description: '点间距（微米；P2.5 即 2500）' },
  environment: { type: 'string', enum: [...SCREEN_ENVIRONMENTS] },
  mounting: { type: 'string', enum: [...SCREEN_MOUNTINGS] },
});

const installation = object({
  contractId: text,
  formNumber: text,
  customerId: text,
  ownerId: text,
  divisionId: nullableText,
  contractStatus: { type: 'string', enum: ['open', 'terminated'] },
  installerIds: ids,
  survey: object(
    {
      surveyedOn: date,
      siteConditions: text,
      screens: { type: 'array', items: screen },
      notes: text,
      recordedBy: text,
      recordedOn: date,
    },
    true,
  ),
  surveys: int,
  milestones: {
    type: 'array',
    items: object({
      milestone,
      label: object({ zh: text, en: text }),
      plannedOn: nullableDate,
      originallyPlannedOn: nullableDate,
      delays: {
        type: 'array',
        items: object({ previousDate: date, newDate: date, reason: text, by: text, recordedOn: date }),
      },
      reachedOn: nullableDate,
      recordedBy: nullableText,
      acceptedBy: nullableText,
      overdue: { type: 'boolean' },
    }),
  },
  stage: { ...milestone, nullable: true },
});

export const INSTALLATION_RESPONSE = {
  ...installation,
  required: [...installation.required, 'activeDirectives'],
  properties: {
    ...installation.properties,
    activeDirectives: {
      type: 'array',
      description: '生效中的停工指示 stop directives in force',
      items: object({ directiveId: text, reason: text, issuedBy: text, issuedOn: date, issuedAt: text }),
    },
  },
};

export const INSTALLATIONS_RESPONSE = object({
  today: date,
  count: int,
  items: { type: 'array', items: installation },
});

export const OVERDUE_MILESTONES_RESPONSE = object({
  asOf: date,
  count: int,
  items: {
    type: 'array',
    items: object({
      contractId: text,
      ownerId: text,
      divisionId: nullableText,
      installerIds: ids,
      milestone,
      plannedOn: date,
      delays: int,
      daysOverdue: int,
    }),
  },
});
