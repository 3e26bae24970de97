import {
  type JsonSchema,
  type LocalizedText,
  type PublishedEventSpec,
  bilingual,
  publishedEventFactory,
  publishedEventSpec,
} from '@sales/shared/domain';
import { ORG_CONTEXT, type OrgPublishedEvent } from './org-events';
import { ORG_ROLES_V1, ORG_ROLES_V2 } from './org-roles';

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
const role = (roles: readonly string[], zh: string, en: string): JsonSchema => ({
  type: 'string',
  enum: [...roles],
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

function personHired(
  roles: readonly string[],
  personId: JsonSchema,
  loginSubject?: JsonSchema,
): Record<string, JsonSchema> {
  return {
    personId,
    name: { type: 'string', minLength: 1, description: bilingual(text('姓名', 'Name')) },
    role: role(roles, '角色', 'Role'),
    divisionId: optionalId(
      '所属事业部；业务副总等不属于事业部时为 null',
      'Division; null for people outside divisions, e.g. the VP',
    ),
    managerId: optionalId('直属上级；无上级时为 null', 'Direct manager; null when none'),
    ...(loginSubject ? { loginSubject } : {}),
    effectiveOn: businessDate('入职日期', 'Hiring date'),
  };
}

function personRoleChanged(roles: readonly string[]): Record<string, JsonSchema> {
  return {
    personId: id('人员编号', 'Person id'),
    fromRole: role(roles, '原角色', 'Role before'),
    toRole: role(roles, '新角色', 'Role after'),
    fromManagerId: optionalId('变更前的上级', 'Manager before'),
    toManagerId: optionalId('变更后的上级', 'Manager after'),
    effectiveOn,
  };
}

/**
 * Every event the org context publishes on `sales.org.events` (key: ORG_TREE_STREAM), at every
 * schema version it has published: the newest version of a type is the one org publishes now (the
 * one source of those versions); older ones stay listed because subscribers still hold them, and
 * are read as the newest (`currentOrgEvent`).
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
  spec(
    'PersonHired',
    1,
    text('人员入职', 'A person was hired'),
    personHired(
      ORG_ROLES_V1,
      id('人员编号（即登录身份，令牌中的 sub）', "Person id (also their login subject, the token's sub)"),
    ),
  ),
  spec(
    'PersonHired',
    2,
    text(
      '人员入职（角色含总经理、技术、安全/质量；含登录身份）',
      'A person was hired (roles incl. general manager, engineer, safety; with their login subject)',
    ),
    personHired(ORG_ROLES_V2, id('人员编号', 'Person id'), {
      type: 'string',
      minLength: 1,
      maxLength: 200,
      description: bilingual(
        text(
          '登录身份：身份提供方令牌中的 sub，凭此识别本人；未指定时等于人员编号',
          "Login subject: the identity provider's token sub this person is recognised by; the person id unless set",
        ),
      ),
    }),
  ),
  spec(
    'PersonStatusChanged',
    1,
    text(
      '人员离职进程中的状态变化：提出辞职（离职交接中），交接完成或未交接离职（离职处理）后离开',
      'A person’s standing in a resignation: resigning once notice is given, left once the handover completed or the exit was recorded without one (离职处理)',
    ),
    {
      personId: id('人员编号', 'Person id'),
      fromStatus: {
        type: 'string',
        enum: ['active', 'resigning', 'left'],
        description: bilingual(text('原状态', 'Standing before')),
      },
      toStatus: {
        type: 'string',
        enum: ['resigning', 'left'],
        description: bilingual(
          text('新状态：resigning 离职交接中，left 已离职', 'Standing after: resigning, or left'),
        ),
      },
      reason: {
        type: 'string',
        enum: ['resignation-noticed', 'handover-completed', 'left-without-handover'],
        description: bilingual(
          text(
            '原因：提出辞职 / 交接完成 / 未交接离职（离职处理）',
            'Why: notice given / handover completed / left without handover (离职处理)',
          ),
        ),
      },
      caseId: id('离职交接单编号（handover 上下文）', 'Handover case id (handover context)'),
      effectiveOn: businessDate(
        '生效日期：提出辞职之日；离开为最后工作日的次日',
        'Effective date: the day notice was given; for leaving, the day after the last day',
      ),
    },
  ),
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
  spec(
    'PersonRoleChanged',
    1,
    text('人员角色变更', "A person's role changed"),
    personRoleChanged(ORG_ROLES_V1),
  ),
  spec(
    'PersonRoleChanged',
    2,
    text(
      '人员角色变更（角色含总经理、技术、安全/质量）',
      "A person's role changed (roles incl. general manager, engineer, safety)",
    ),
    personRoleChanged(ORG_ROLES_V2),
  ),
];

/** A published org event at its current version (for org's publication). */
export const orgPublishedEvent = publishedEventFactory<OrgPublishedEvent>(ORG_EVENT_CATALOGUE);
