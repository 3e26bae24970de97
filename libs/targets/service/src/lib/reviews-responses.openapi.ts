/* What GET /targets/reviews answers, for the OpenAPI document: `@sales/targets/domain`'s QuarterlyReviewView (T5). */
import {
  QUARTERLY_REVIEW_FIELDS,
  QUARTERLY_REVIEW_QUESTIONS,
  type QuarterlyReviewForm,
} from '@sales/targets/domain';
import { NULLABLE_PERSON_ID, PERSON_ID, TIME } from './targets-figures.openapi';

const STATUS = {
  type: 'string',
  enum: ['submitted', 'commented', 'archived'],
  description: '已提交 / 已点评 / 已归档 submitted / commented / archived',
};

const answer = (field: keyof QuarterlyReviewForm) => {
  const { zh, en } = QUARTERLY_REVIEW_QUESTIONS[field];
  return { type: 'string', description: `${zh} / ${en}` };
};

/** One step of the review: what was done, by whom (id and name from the org tree) and when. */
const REVIEW_STEP = {
  type: 'object',
  required: ['step', 'by', 'name', 'at'],
  properties: {
    step: STATUS,
    by: PERSON_ID,
    name: {
      type: 'string',
      nullable: true,
      example: '李娜',
      description: '姓名（组织结构）/ name in the org tree',
    },
    at: TIME,
  },
};

export const QUARTERLY_REVIEW_VIEW = {
  type: 'object',
  required: [
    'status',
    'salespersonId',
    'divisionId',
    'fiscalYear',
    'quarter',
    'form',
    'comment',
    'archivedBy',
    'steps',
  ],
  properties: {
    status: STATUS,
    salespersonId: PERSON_ID,
    divisionId: {
      type: 'string',
      example: 'd-east',
      description: '提交时所属事业部 / division when submitted',
    },
    fiscalYear: { type: 'integer', example: 2026 },
    quarter: { type: 'integer', minimum: 1, maximum: 4 },
    form: {
      type: 'object',
      description: '季度复盘表 / the quarterly review form',
      required: [...QUARTERLY_REVIEW_FIELDS],
      properties: Object.fromEntries(QUARTERLY_REVIEW_FIELDS.map((field) => [field, answer(field)])),
    },
    comment: {
      type: 'object',
      nullable: true,
      description: '经理点评 / the manager’s comment',
      required: ['by', 'text'],
      properties: { by: PERSON_ID, text: { type: 'string' } },
    },
    archivedBy: NULLABLE_PERSON_ID,
    steps: {
      type: 'array',
      items: REVIEW_STEP,
      description:
        '每一步：提交、点评、归档，含操作人与记录时间（重新提交亦记一步）/ every step with who took it and when (a resubmission too)',
    },
  },
};

export const REVIEWS_RESPONSE = { type: 'array', items: QUARTERLY_REVIEW_VIEW };
