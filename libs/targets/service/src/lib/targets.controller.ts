import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Res,
  UseInterceptors,
} from '@nestjs/common';
import type { Response } from 'express';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, DomainError } from '@sales/shared/domain';
import { CurrentActor, Roles } from '@sales/shared/auth';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import type { MetricTargetInput, NodeTargetsInput } from '@sales/targets/domain';
import { METRICS, type Metric } from '@sales/targets/events';
import {
  CorrectPlanDto,
  ExclusionDto,
  type LevelSplitDto,
  type MetricTargetDto,
  NodeParams,
  type NodeTargetsDto,
  OpenPlanDto,
  PlanParams,
  ReasonDto,
  ReviseTargetsDto,
  SetTargetsDto,
  UnitParams,
} from './dto/targets.dto';
import { ALLOCATION_RESPONSE, NODE_VIEW_RESPONSE, PLAN_VIEW_RESPONSE } from './targets-responses.openapi';
import { VERSIONS_RESPONSE } from './versions-responses.openapi';
import { PlanService } from './plan.service';

/** 目标管理 (T1–T4): the fiscal-year plan, its decomposition and its approval. */
@ApiTags('目标 targets')
@Controller('targets/plans')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class TargetsController {
  constructor(private readonly plans: PlanService) {}

  @Post()
  @Roles('vp', 'admin')
  @ApiOperation({ summary: '建立财年目标计划 open the fiscal-year plan (T1)' })
  open(@Body() body: OpenPlanDto, @CurrentActor() actor: Actor) {
    return this.plans.open({
      type: 'OpenPlan',
      data: { actor, fiscalYear: body.fiscalYear, currency: body.currency },
    });
  }

  @Get(':year')
  @ApiOkResponse({ schema: PLAN_VIEW_RESPONSE })
  @ApiOperation({
    summary:
      '目标计划（按数据范围）与分解情况 the plan within the caller’s scope, with allocation status (T2)',
  })
  plan(@Param() params: PlanParams, @CurrentActor() actor: Actor) {
    return this.plans.plan(params.year, actor);
  }

  @Get(':year/allocation')
  @ApiOkResponse({ schema: ALLOCATION_RESPONSE })
  @ApiOperation({
    summary:
      '分解核对：已分配合计、上级目标、差额与状态 allocation per node: allocated sum, parent figure, difference, under/exact/over',
  })
  async allocation(@Param() params: PlanParams, @CurrentActor() actor: Actor) {
    return (await this.plans.plan(params.year, actor)).allocation;
  }

  @Get(':year/versions')
  @ApiOkResponse({ schema: VERSIONS_RESPONSE })
  @ApiOperation({
    summary:
      '各版本历史（草稿、已提交、已批准、已被取代），每步含操作人与时间 every version of every split, each step with who and when (T4)',
  })
  versions(@Param() params: PlanParams, @CurrentActor() actor: Actor) {
    return this.plans.versions(params.year, actor);
  }

  @Put(':year/currency')
  @Roles('vp', 'admin')
  @ApiOperation({
    summary: '更正草稿计划的币种（尚无提交或批准时）correct the currency of a plan still in draft (T1)',
  })
  correct(@Param() params: PlanParams, @Body() body: CorrectPlanDto, @CurrentActor() actor: Actor) {
    return this.plans.decide(params.year, () => ({
      type: 'CorrectPlan',
      data: { actor, currency: body.currency },
    }));
  }

  @Post(':year/abandon')
  @HttpCode(200)
  @Roles('vp', 'admin')
  @ApiOperation({
    summary:
      '作废草稿计划（注明原因；记录保留，该财年可重新开始）abandon a plan still in draft, with a reason; kept on record, the year may be opened again (T1)',
  })
  abandon(@Param() params: PlanParams, @Body() body: ReasonDto, @CurrentActor() actor: Actor) {
    return this.plans.decide(params.year, () => ({
      type: 'AbandonPlan',
      data: { actor, reason: body.reason },
    }));
  }

  @Get(':year/nodes/:node')
  @ApiOkResponse({ schema: NODE_VIEW_RESPONSE })
  @ApiOperation({
    summary: '节点目标：季度、月度与累计目标 a node’s targets with quarters, months and year-to-date (T3)',
  })
  async node(
    @Param() params: NodeParams,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ) {
    const view = await this.plans.node(params.year, params.node, actor);
    // The node's revision as its ETag: sent back as If-Match, it guards an edit against a stale view.
    response.setHeader('ETag', `"${view.revision}"`);
    return view;
  }

  @Put(':year/nodes/:node')
  @Roles('vp', 'admin', 'division_manager')
  @ApiOperation({ summary: '填写节点目标（草稿）draft a node’s targets (T1–T3)' })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description:
      '读取节点时得到的 ETag（版本号）；节点已被他人修改时返回 409 / the ETag (revision) the edit is based on: 409 if the node changed since',
    schema: { type: 'string', pattern: '^(W/)?"?\\d{1,9}"?$', example: '"3"' },
  })
  set(
    @Param() params: NodeParams,
    @Body() body: SetTargetsDto,
    @CurrentActor() actor: Actor,
    @Headers('if-match') ifMatch?: string,
  ) {
    const expectedRevision = revisionOf(ifMatch);
    return this.plans.decide(params.year, (org) => ({
      type: 'SetTargets',
      data: {
        actor,
        node: params.node,
        targets: nodeTargets(body.targets),
        acknowledgeRegressiveQuarters: body.acknowledgeRegressiveQuarters,
        ...(expectedRevision === undefined ? {} : { expectedRevision }),
        org,
      },
    }));
  }

  @Post(':year/units/:unit/submit')
  @HttpCode(200)
  @Roles('vp', 'admin', 'division_manager')
  @ApiOperation({ summary: '提交审批 submit a split for approval (T4)' })
  submit(@Param() params: UnitParams, @CurrentActor() actor: Actor) {
    return this.plans.decide(params.year, (org) => ({
      type: 'SubmitTargets',
      data: { actor, unit: params.unit, org },
    }));
  }

  @Post(':year/units/:unit/exclusions')
  @HttpCode(200)
  @Roles('vp', 'admin', 'division_manager')
  @ApiOperation({
    summary:
      '落实到人例外：注明原因，本分解不给某业务人员分配目标 leave a salesperson of the division without targets in this split, with a reason (T2)',
  })
  exclude(@Param() params: UnitParams, @Body() body: ExclusionDto, @CurrentActor() actor: Actor) {
    return this.plans.decide(params.year, (org) => ({
      type: 'ExcludeSalesperson',
      data: { actor, unit: params.unit, personId: body.personId, reason: body.reason, org },
    }));
  }

  // Who decides is the org tree's answer (the level above the split's owner: the VP above a
  // manager, a 总经理 above the VP), not a role: no @Roles. The decider refuses everyone else (403).
  @Post(':year/units/:unit/approve')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '上级批准（未分解完毕时拒绝）approve a split; refused while any level is under-allocated (T2, T4)',
  })
  approve(@Param() params: UnitParams, @CurrentActor() actor: Actor) {
    return this.plans.decide(params.year, (org) => ({
      type: 'ApproveTargets',
      data: { actor, unit: params.unit, org },
    }));
  }

  @Post(':year/units/:unit/reject')
  @HttpCode(200)
  @ApiOperation({ summary: '退回 send a split back with a reason' })
  reject(@Param() params: UnitParams, @Body() body: ReasonDto, @CurrentActor() actor: Actor) {
    return this.plans.decide(params.year, (org) => ({
      type: 'RejectTargets',
      data: { actor, unit: params.unit, reason: body.reason, org },
    }));
  }

  @Post(':year/units/:unit/revisions')
  @Roles('vp', 'admin', 'division_manager')
  @ApiOperation({
    summary:
      '修订已批准的目标（需说明原因并重新审批）revise an approved split with a reason; it needs approval again (T4)',
  })
  revise(@Param() params: UnitParams, @Body() body: ReviseTargetsDto, @CurrentActor() actor: Actor) {
    return this.plans.decide(params.year, (org) => ({
      type: 'ReviseTargets',
      data: {
        actor,
        unit: params.unit,
        reason: body.reason,
        changes: body.changes.map((c) => ({ node: c.node, targets: nodeTargets(c.targets) })),
        acknowledgeRegressiveQuarters: body.acknowledgeRegressiveQuarters,
        org,
      },
    }));
  }
}

const isMetric = (key: string): key is Metric => METRICS.some((metric) => metric === key);

/**
 * The validated DTO as the plain data the decider takes (class instances must not reach events),
 * the metrics in the order the client gave them. A metric sent as null (which @IsOptional lets
 * through) reaches the decider as null, as it always has.
 */
function nodeTargets(dto: NodeTargetsDto): NodeTargetsInput {
  const input: Partial<Record<Metric, MetricTargetInput>> = {};
  for (const key of Object.keys(dto)) {
    if (!isMetric(key)) continue;
    const target = dto[key];
    if (target !== undefined) input[key] = target && metricTarget(target);
  }
  return input;
}

/** Quarters or months left out, or sent as null, are split evenly by the decider alike. */
function metricTarget(dto: MetricTargetDto): MetricTargetInput {
  return {
    realistic: dto.realistic,
    stretch: dto.stretch,
    ...(dto.quarters && { quarters: levelSplit(dto.quarters) }),
    ...(dto.months && { months: levelSplit(dto.months) }),
  };
}

const levelSplit = (dto: LevelSplitDto) => ({ realistic: [...dto.realistic], stretch: [...dto.stretch] });

/** `"3"`, `3` or `W/"3"` → 3; no header → undefined (the edit is not guarded). */
function revisionOf(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
  if (!match) throw new DomainError('invalid-if-match', { ifMatch });
  return Number(match[1]);
}
