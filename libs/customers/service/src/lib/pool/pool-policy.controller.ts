import { Body, Controller, Get, Put, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { PoolPolicyDto } from './dto/pool.dto';
import { POOL_POLICY_RESPONSE, POOL_POLICY_SET_RESPONSE } from './pool-responses.openapi';
import { PoolPolicies } from './pool-policies';
import { PoolScheduler } from './pool-scheduler';

/** 公海规则 (C7): read by everyone, set by the VP; every version is kept. */
@ApiTags('客户 customers')
@Controller('customers/pool-policy')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class PoolPolicyController {
  constructor(
    private readonly policies: PoolPolicies,
    private readonly scheduler: PoolScheduler,
  ) {}

  @Get()
  @ApiOperation({ summary: '公海规则（现行版本及历史）the pool rules in force and every version' })
  @ApiOkResponse({ schema: POOL_POLICY_RESPONSE })
  read() {
    return this.policies.versions();
  }

  @Put()
  @ApiOperation({
    summary:
      '设定公海规则（业务副总；新版本立即生效）set the pool rules (the VP; a new version applies at once)',
  })
  @ApiOkResponse({ schema: POOL_POLICY_SET_RESPONSE })
  async set(@Body() body: PoolPolicyDto, @CurrentActor() actor: Actor) {
    const { followUpDays, contractDays, warningDays, dailyClaimLimit, holdLimit, coolingDays } = body;
    const outcome = await this.policies.set(
      { followUpDays, contractDays, warningDays, dailyClaimLimit, holdLimit, coolingDays },
      body.note ?? '',
      actor,
    );
    // Shorter rules may make returns or warnings due now: a round in the background.
    if (outcome.events.length > 0) void this.scheduler.runOnce().catch(() => undefined);
    return outcome;
  }
}
