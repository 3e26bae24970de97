/** What the directives routes answer, for the OpenAPI document. */
const text = { type: 'string' };
const date = { type: 'string', format: 'date', example: '2027-03-01' };
const instant = { type: 'string', format: 'date-time' };
const object = (properties: Record<string, object>, nullable = false) => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
  ...(nullable ? { nullable: true } : {}),
});
const events = {
  type: 'array',
  description: '本次记录的事件（重试同一编号时为空）/ events recorded (none for a retry)',
  items: object({ id: text, type: text }),
};
const role = { type: 'string', enum: ['vp', 'admin', 'safety'] };

export const DIRECTIVE_COMMAND_RESPONSE = object({ version: { type: 'integer', minimum: 0 }, events });
export const DIRECTIVE_ISSUED_RESPONSE = object({
  version: { type: 'integer', minimum: 0 },
  events,
  directiveId: { type: 'string', description: '指示编号 directive id' },
});

export const DIRECTIVES_RESPONSE = object({
  contractId: text,
  stopped: { type: 'boolean', description: '是否有生效中的停工指示 whether work is stopped' },
  active: { type: 'integer', minimum: 0 },
  directives: {
    type: 'array',
    description: '生效中的在前 / active ones first',
    items: object({
      directiveId: text,
      status: { type: 'string', enum: ['active', 'lifted'] },
      reason: text,
      issuedBy: text,
      issuedByRole: role,
      issuedOn: date,
      issuedAt: instant,
      lifted: object({ reason: text, by: text, role, on: date, at: instant }, true),
    }),
  },
});
