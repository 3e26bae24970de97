import { Body, Controller, Get, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { CustomerParams } from '../registry/dto/customer.dto';
import { AssignmentDto, ClaimDto, ReleaseDto } from './dto/pool.dto';
import {
  ASSIGNMENT_RESPONSE,
  COMMAND_OUTCOME_RESPONSE,
  POOL_LIST_RESPONSE,
  POOL_WARNINGS_RESPONSE,
} from './pool-responses.openapi';
import { PoolService } from './pool.service';

/**
 * 公海 (C7): the pool, claims, assignments, releases and the owners' warnings. Mounted before the
 * registry's controller, whose `/customers/:customerId` would otherwise take `/customers/pool`.
 */
@ApiTags('客户 customers')
@Controller('customers')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class PoolController {
  constructor(private readonly pool: PoolService) {}

  @Get('pool')
  @ApiOperation({
    summary:
      '公海客户（业务员和经理均可见，可领取）customers in the pool, visible to every salesperson and manager',
  })
  @ApiOkResponse({ schema: POOL_LIST_RESPONSE })
  list(@CurrentActor() actor: Actor) {
    return this.pool.pool(actor);
  }

  @Get('pool/warnings')
  @ApiOperation({
    summary:
      '即将退回公海的客户（本人的；经理看本事业部）customers about to return to the pool unless followed up or signed',
  })
  @ApiOkResponse({ schema: POOL_WARNINGS_RESPONSE })
  warnings(@CurrentActor() actor: Actor) {
    return this.pool.warnings(actor);
  }

  @Post('pool/assignments')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '把公海客户分配给业务员（副总、市场部主管、经理；受持有上限和冷却期约束）assign pool customers to a salesperson, within the hold limit and cooling period',
  })
  @ApiOkResponse({ schema: ASSIGNMENT_RESPONSE })
  assign(@Body() body: AssignmentDto, @CurrentActor() actor: Actor) {
    return this.pool.assign(body.customerIds, body.toOwnerId, body.note, actor);
  }

  @Post(':customerId/claim')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '从公海领取客户（每日领取上限、持有上限、冷却期）claim a pool customer (daily and hold limits, cooling period)',
  })
  @ApiOkResponse({ schema: COMMAND_OUTCOME_RESPONSE })
  claim(@Param() { customerId }: CustomerParams, @Body() body: ClaimDto, @CurrentActor() actor: Actor) {
    return this.pool.claim(customerId, body.note, actor);
  }

  @Post(':customerId/release')
  @HttpCode(200)
  @ApiOperation({
    summary: '退回公海（负责人或经理，须注明原因）return a customer to the pool, with a reason',
  })
  @ApiOkResponse({ schema: COMMAND_OUTCOME_RESPONSE })
  release(@Param() { customerId }: CustomerParams, @Body() body: ReleaseDto, @CurrentActor() actor: Actor) {
    return this.pool.release(customerId, body.note, actor);
  }
}
