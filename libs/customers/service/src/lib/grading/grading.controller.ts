import { Body, Controller, Get, Param, Put, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { CustomerParams } from '../registry/dto/customer.dto';
import { GradingPolicyDto } from './dto/grading-policy.dto';
import { GRADE_HISTORY_RESPONSE, GRADING_POLICY_RESPONSE } from './grading-responses.openapi';
import { GradingPolicyService } from './grading-policy.service';
import { GradingScheduler } from './grading-scheduler';
import { GradingService } from './grading.service';

/** 客户等级 (C2): the grading policy and each customer's grade history. */
@ApiTags('客户 customers')
@Controller('customers')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class GradingController {
  constructor(
    private readonly policies: GradingPolicyService,
    private readonly grading: GradingService,
    private readonly scheduler: GradingScheduler,
  ) {}

  @Get('grading-policy')
  @ApiOperation({
    summary: '评级政策：当前版本与历次版本 the grading policy in force and every version set',
  })
  @ApiOkResponse({ schema: GRADING_POLICY_RESPONSE })
  policy() {
    return this.policies.view();
  }

  @Put('grading-policy')
  @ApiOperation({
    summary:
      '设定评级政策（仅业务副总；随后按新版本重评所有成交客户）set the grading policy (VP only; every active customer is then re-graded with it)',
  })
  async setPolicy(@Body() body: GradingPolicyDto, @CurrentActor() actor: Actor) {
    const { windowMonths, thresholds, currency } = body;
    const { A, B, C } = thresholds;
    const outcome = await this.policies.set({ windowMonths, thresholds: { A, B, C }, currency }, actor);
    // Re-grading everyone runs in the background; every replica's scheduler also notices the version.
    if (outcome.events.length > 0) this.scheduler.runSoon();
    return outcome;
  }

  @Get(':customerId/grades')
  @ApiOperation({
    summary:
      '客户等级与变更记录（含原因：回款、冲销、窗口滑动、政策调整）a customer’s grade and its changes, with reasons',
  })
  @ApiOkResponse({ schema: GRADE_HISTORY_RESPONSE })
  grades(@Param() { customerId }: CustomerParams, @CurrentActor() actor: Actor) {
    return this.grading.history(customerId, actor);
  }
}
