import type { OpenAPIObject } from '@nestjs/swagger';

type Schema = Record<string, unknown>;
type Operation = {
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, unknown>;
  security?: Array<Record<string, string[]>>;
  description?: string;
  'x-public'?: boolean;
  'x-roles'?: string[];
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

const LOCALIZED = {
  type: 'object',
  required: ['zh', 'en'],
  properties: {
    zh: { type: 'string', description: '简体中文' },
    en: { type: 'string', description: 'English' },
  },
};

/** The one error body of every route (ProblemFilter): a stable code and a zh-CN/en message. */
export const PROBLEM_SCHEMA: Schema = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    error: {
      type: 'string',
      description: '稳定的错误代码 / stable error code',
      example: 'validation-failed',
    },
    message: LOCALIZED,
    details: { type: 'object', description: '错误相关数据 / data of the error' },
    fields: {
      type: 'array',
      description: '被拒绝的字段 / the rejected fields',
      items: {
        type: 'object',
        required: ['field', 'constraint', 'message'],
        properties: {
          field: { type: 'string', example: 'targets.salesAmount.realistic' },
          constraint: { type: 'string' },
          message: LOCALIZED,
        },
      },
    },
  },
};

/** What every command answers: the stream's new version and the events it recorded. */
export const COMMAND_OUTCOME_SCHEMA: Schema = {
  type: 'object',
  required: ['version', 'events'],
  properties: {
    version: {
      type: 'integer',
      minimum: 0,
      description:
        '流的新版本；重复提交、无需记录时为原版本（空流为 0）/ the stream’s version after it; a retry that records nothing answers the version it found (0 for an empty stream)',
    },
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

const PROBLEMS: Record<number, string> = {
  400: '请求不合法（字段、格式、业务规则）/ bad input: fields, formats, business rules',
  401: '缺少或无效的访问令牌 / missing or invalid bearer token',
  403: '角色或数据范围不允许 / the role or data scope does not allow it',
  404: '未找到 / not found',
  409: '数据已被他人修改 / conflict: the data changed meanwhile',
  413: '请求体超过上限 / the body exceeds the configured limit',
};

/**
 * Makes the generated document say what the edge really does: public routes need no token,
 * protected ones a bearer JWT; every operation lists its 4xx answers with the problem schema; a
 * request body refuses unknown fields (`additionalProperties: false`), as the validation pipe does.
 * Also documents the routes Nest does not see (`/openapi.json`, `/docs`).
 */
export function completeOpenApi(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components ??= {});
  const schemas = (components.schemas ??= {}) as Record<string, Schema>;
  schemas['Problem'] = PROBLEM_SCHEMA;
  schemas['CommandOutcome'] = COMMAND_OUTCOME_SCHEMA;
  addDocumentRoutes(document);

  for (const item of Object.values(document.paths) as Array<Record<string, Operation>>) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const codes = problemCodes(method, operation);
      for (const code of codes) {
        operation.responses[code] ??= {
          description: PROBLEMS[code],
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } },
        };
      }
      if (operation['x-public']) operation.security = [];
      else {
        operation.security = [{ bearer: [] }];
        const roles = operation['x-roles'];
        if (roles)
          operation.description = [operation.description, `角色 roles: ${roles.join(', ')}`]
            .filter(Boolean)
            .join('\n\n');
      }
      if (!operation['x-public'] && method !== 'get') documentCommandOutcome(operation);
      const body = operation.requestBody?.content?.['application/json']?.schema;
      if (body) closeSchema(body, schemas, new Set());
    }
  }
  return document;
}

function problemCodes(method: string, operation: Operation): number[] {
  const codes: number[] = [];
  const hasInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
  const command = method !== 'get' && method !== 'head';
  if (hasInput || command) codes.push(400);
  if (!operation['x-public']) codes.push(401, 403);
  // A read or a command whose URL names a resource that does not exist.
  if (operation.parameters?.some((p) => p.in === 'path')) codes.push(404);
  if (command) codes.push(409, 413);
  return codes;
}

/** A command's success answer without a documented body is the CommandOutcome every command returns. */
function documentCommandOutcome(operation: Operation): void {
  for (const [code, response] of Object.entries(operation.responses)) {
    const answer = response as { content?: unknown };
    if (code.startsWith('2') && !answer.content)
      answer.content = { 'application/json': { schema: { $ref: '#/components/schemas/CommandOutcome' } } };
  }
}

/** Unknown fields are refused at every level of a request body. */
function closeSchema(schema: Schema, schemas: Record<string, Schema>, seen: Set<Schema>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const target = schemas[ref.replace('#/components/schemas/', '')];
    if (target) closeSchema(target, schemas, seen);
    return;
  }
  if (schema['type'] === 'object' || schema['properties']) schema['additionalProperties'] = false;
  for (const child of Object.values((schema['properties'] as Record<string, Schema>) ?? {}))
    closeSchema(child, schemas, seen);
  if (schema['items']) closeSchema(schema['items'] as Schema, schemas, seen);
  for (const key of ['allOf', 'oneOf', 'anyOf'])
    for (const part of (schema[key] as Schema[]) ?? []) closeSchema(part, schemas, seen);
}

function addDocumentRoutes(document: OpenAPIObject): void {
  const tags = ['运维 operations'];
  document.paths['/openapi.json'] ??= {
    get: {
      tags,
      summary: 'OpenAPI 文档 / this document',
      responses: {
        '200': { description: 'OpenAPI 3', content: { 'application/json': { schema: { type: 'object' } } } },
      },
      'x-public': true,
    } as never,
  };
  document.paths['/docs'] ??= {
    get: {
      tags,
      summary: 'Swagger UI',
      responses: { '200': { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } },
      'x-public': true,
    } as never,
  };
}
