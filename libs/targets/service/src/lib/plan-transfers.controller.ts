import { Body, Controller, Get, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@sales/shared/domain';
import { CurrentActor, Roles } from '@sales/shared/auth';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { PlanParams, ReasonDto } from './dto/targets.dto';
import { TransferParams, TransferTargetsDto } from './dto/transfer.dto';
import { TRANSFERS_RESPONSE } from './transfers-responses.openapi';
import { PlanService } from './plan.service';

/**
 * 目标转移 (issue 8 item 3): a salesperson moved to another division keeps the targets his old
 * split approved until a transfer, approved by the level above each split it changes, moves them
 * (and both divisions' figures in the company split) to his new division's split.
 */
@ApiTags('目标 targets')
@Controller('targets/plans')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class PlanTransfersController {
  constructor(private readonly plans: PlanService) {}

  @Get(':year/transfers')
  @ApiOkResponse({ schema: TRANSFERS_RESPONSE })
  @ApiOperation({
    summary:
      '待转移与转移中的目标（按数据范围）salespeople whose approved targets sit in another division’s split than the org tree’s: awaiting or under way',
  })
  async transfers(@Param() params: PlanParams, @CurrentActor() actor: Actor) {
    return (await this.plans.plan(params.year, actor)).transfers;
  }

  @Post(':year/transfers')
  @Roles('vp', 'admin', 'division_manager')
  @ApiOperation({
    summary:
      '办理调动人员的目标转移（注明原因）：原事业部、新事业部与公司分解各生成待审批的修订，均批准前原目标继续生效 ' +
      'transfer a moved salesperson’s approved targets, with a reason: the old division’s, the new division’s and the company split each get a revision awaiting the level above; the approved figures stay in force until all are approved',
  })
  open(@Param() params: PlanParams, @Body() body: TransferTargetsDto, @CurrentActor() actor: Actor) {
    return this.plans.decide(params.year, (org) => ({
      type: 'TransferSalespersonTargets',
      data: { actor, personId: body.salespersonId, reason: body.reason, org },
    }));
  }

  // Who approves is the org tree's answer (the level above each split's owner), not a role: no @Roles.
  @Post(':year/transfers/:salespersonId/approve')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '上级批准转移中由其审批的分解；全部批准后转移生效 the approver of some of the transfer’s splits approves them; it takes effect once all are approved',
  })
  approve(@Param() params: TransferParams, @CurrentActor() actor: Actor) {
    return this.plans.decide(params.year, (org) => ({
      type: 'ApproveTargetsTransfer',
      data: { actor, personId: params.salespersonId, org },
    }));
  }

  @Post(':year/transfers/:salespersonId/reject')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '退回转移（注明原因）：各分解恢复为已批准的目标 send the transfer back with a reason: every split returns to its approved figures',
  })
  reject(@Param() params: TransferParams, @Body() body: ReasonDto, @CurrentActor() actor: Actor) {
    return this.plans.decide(params.year, (org) => ({
      type: 'RejectTargetsTransfer',
      data: { actor, personId: params.salespersonId, reason: body.reason, org },
    }));
  }
}
