/* What GET …/versions answers, for the OpenAPI document: `@sales/targets/domain`'s PlanVersion (T4, issue 8 item 6). */
import { CURRENCY, NODES_TARGETS, NULLABLE_PERSON_ID, STEP, UNIT_ID } from './targets-figures.openapi';

const NULLABLE_STEP = { ...STEP, nullable: true };

const APPROVAL = {
  ...STEP,
  nullable: true,
  required: [...STEP.required, 'selfApproval'],
  properties: {
    ...STEP.properties,
    selfApproval: {
      type: 'boolean',
      description:
        '上级无人时提交人自批（仅限组织结构顶端）/ approved by its submitter, having nobody above (only at the top of the tree)',
    },
  },
};

const REJECTION = {
  type: 'object',
  required: [...STEP.required, 'reason', 'nodes'],
  properties: {
    ...STEP.properties,
    reason: { type: 'string', description: '退回原因 / why it was sent back' },
    nodes: {
      ...NODES_TARGETS,
      description: `被退回的目标，保留可查 / the figures it rejected, kept readable`,
    },
  },
};

/** One version of one split, as drafted, submitted, approved or superseded. */
export const PLAN_VERSION = {
  type: 'object',
  required: [
    'unit',
    'version',
    'status',
    'currency',
    'reason',
    'revisedBy',
    'submittedBy',
    'approvedBy',
    'drafted',
    'submitted',
    'approved',
    'rejections',
    'nodes',
  ],
  properties: {
    unit: UNIT_ID,
    version: { type: 'integer', minimum: 1 },
    status: {
      type: 'string',
      enum: ['draft', 'submitted', 'approved', 'superseded'],
      description: '草稿 / 已提交 / 已批准 / 已被取代 draft / submitted / approved / superseded',
    },
    currency: CURRENCY,
    reason: { type: 'string', nullable: true, description: '修订原因（首版为 null）/ the revision’s reason' },
    revisedBy: NULLABLE_PERSON_ID,
    submittedBy: NULLABLE_PERSON_ID,
    approvedBy: NULLABLE_PERSON_ID,
    drafted: { ...NULLABLE_STEP, description: '首次编制：谁、何时 / first edit: who and when' },
    submitted: { ...NULLABLE_STEP, description: '最近一次提交：谁、何时 / last submission: who and when' },
    approved: { ...APPROVAL, description: '批准：谁、何时、是否自批 / approval: who, when, self-approval' },
    rejections: {
      type: 'array',
      items: REJECTION,
      description:
        '历次退回：谁、何时、原因与被退回的目标 / every rejection with who, when, why and its figures',
    },
    nodes: {
      ...NODES_TARGETS,
      description: `该版本的目标 / the version’s figures. ${NODES_TARGETS.description}`,
    },
  },
};

export const VERSIONS_RESPONSE = { type: 'array', items: PLAN_VERSION };
