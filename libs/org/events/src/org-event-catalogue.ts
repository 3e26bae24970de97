import {
  type JsonSchema,
  type LocalizedText,
  type PublishedEventSpec,
  ROLES,
  bilingual,
  publishedEventFactory,
  publishedEventSpec,
} from '@sales/shared/domain';
import { ORG_CONTEXT, type OrgPublishedEvent } from './org-events';

const text = (zh: string, en: string): LocalizedText => ({ zh, en });

const id = (zh: string, en: string): JsonSchema => ({
  type: 'string',
  minLength: 1,
  description: bilingual(text(zh, en)),
});
const optionalId = (zh: string, en: string): JsonSchema => ({
  type: ['string', 'null'],
  minLength: 1,
  description: bilingual(text(zh, en)),
});
const businessDate = (zh: string, en: string): JsonSchema => ({
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: bilingual(text(`${zh}（YYYY-MM-DD，公司时区）`, `${en} (YYYY-MM-DD, company time zone)`)),
});
const role = (zh: string, en: string): JsonSchema => ({
  type: 'string',
  enum: [...ROLES],
  description: bilingual(text(zh, en)),
});

function spec(
  type: OrgPublishedEvent['type'],
  schemaVersion: number,
  summary: LocalizedText,
  properties: Record<string, JsonSchema>,
): PublishedEventSpec {
  return publishedEventSpec({ context: ORG_CONTEXT, type, schemaVersion, summary, properties });
}

const effectiveOn = businessDate('生效日期', 'Date the change takes effect');

/**
 * Every event the org context publishes on `sales.org.events` (key: ORG_TREE_STREAM), each at the
 * schema version it is published with: the one source of those versions.
 */
export const ORG_EVENT_CATALOGUE: readonly PublishedEventSpec[] = [
  spec('DivisionCreated', 1, text('新设事业部', 'A division (事业部) was created'), {
    divisionId: id('事业部编号', 'Division id'),
    code: {
      type: 'string',
      minLength: 1,
      maxLength: 32,
      description: bilingual(text('事业部代码，唯一', 'Division code, unique')),
    },
    name: { type: 'string', minLength: 1, description: bilingual(text('事业部名称', 'Division name')) },
    effectiveOn,
  }),
  spec('DivisionRenamed', 1, text('事业部更名', 'A division was renamed'), {
    divisionId: id('事业部编号', 'Division id'),
    name: { type: 'string', minLength: 1, description: bilingual(text('新名称', 'New name')) },
    previousName: { type: 'string', minLength: 1, description: bilingual(text('原名称', 'Previous name')) },
    effectiveOn,
  }),
  spec('PersonHired', 1, text('人员入职', 'A person was hired'), {
    personId: id('人员编号（即登录用户编号）', 'Person id (the user id they sign in with)'),
    name: { type: 'string', minLength: 1, description: bilingual(text('姓名', 'Name')) },
    role: role('角色', 'Role'),
    divisionId: optionalId(
      '所属事业部；业务副总等不属于事业部时为 null',
      'Division; null for people outside divisions, e.g. the VP',
    ),
    managerId: optionalId('直属上级；无上级时为 null', 'Direct manager; null when none'),
    effectiveOn: businessDate('入职日期', 'Hiring date'),
  }),
  spec(
    'PersonMoved',
    1,
    text('人员调动（事业部或上级变更）', 'A person moved to another division and/or manager'),
    {
      personId: id('人员编号', 'Person id'),
      fromDivisionId: optionalId('原事业部', 'Division before the move'),
      toDivisionId: optionalId('新事业部', 'Division after the move'),
      fromManagerId: optionalId('原上级', 'Manager before the move'),
      toManagerId: optionalId('新上级', 'Manager after the move'),
      effectiveOn,
    },
  ),
  spec('PersonRoleChanged', 1, text('人员角色变更', "A person's role changed"), {
    personId: id('人员编号', 'Person id'),
    fromRole: role('原角色', 'Role before'),
    toRole: role('新角色', 'Role after'),
    fromManagerId: optionalId('变更前的上级', 'Manager before'),
    toManagerId: optionalId('变更后的上级', 'Manager after'),
    effectiveOn,
  }),
];

/** A published org event at its current version (for org's publication). */
export const orgPublishedEvent = publishedEventFactory<OrgPublishedEvent>(ORG_EVENT_CATALOGUE);
