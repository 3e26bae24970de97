import { Body, Controller, Get, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { CustomerParams } from '../registry/dto/customer.dto';
import { CustomerRequestsService } from './customer-requests.service';
import {
  ApproveRequestDto,
  CustomerRequestDto,
  CustomerRequestParams,
  RejectRequestDto,
} from './dto/pool.dto';
import {
  COMMAND_OUTCOME_RESPONSE,
  REQUEST_CREATED_RESPONSE,
  REQUEST_LIST_RESPONSE,
} from './pool-responses.openapi';

/** 撞单申请 (C6): ask for a customer someone else owns; the owner's manager decides. */
@ApiTags('客户 customers')
@Controller('customers')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class CustomerRequestsController {
  constructor(private readonly requests: CustomerRequestsService) {}

  @Get('requests')
  @ApiOperation({
    summary: '撞单申请：待我审批的和我提出的 requests the caller decides, and the caller’s own',
  })
  @ApiOkResponse({ schema: REQUEST_LIST_RESPONSE })
  list(@CurrentActor() actor: Actor) {
    return this.requests.list(actor);
  }

  @Post(':customerId/requests')
  @ApiOperation({
    summary:
      '撞单：申请由别人负责的客户，由负责人的上级决定 request a customer someone else owns; the owner’s manager decides',
  })
  @ApiCreatedResponse({ schema: REQUEST_CREATED_RESPONSE })
  request(
    @Param() { customerId }: CustomerParams,
    @Body() body: CustomerRequestDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.requests.request(customerId, body.reason, actor);
  }

  @Post(':customerId/requests/:requestId/approve')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '批准撞单申请：客户转给申请人（受持有上限和冷却期约束）approve: the customer moves to the requester, within the caps',
  })
  @ApiOkResponse({ schema: COMMAND_OUTCOME_RESPONSE })
  approve(
    @Param() { customerId, requestId }: CustomerRequestParams,
    @Body() body: ApproveRequestDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.requests.approve(customerId, requestId, body.note, actor);
  }

  @Post(':customerId/requests/:requestId/reject')
  @HttpCode(200)
  @ApiOperation({ summary: '驳回撞单申请（须注明原因）reject a request, with a reason' })
  @ApiOkResponse({ schema: COMMAND_OUTCOME_RESPONSE })
  reject(
    @Param() { customerId, requestId }: CustomerRequestParams,
    @Body() body: RejectRequestDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.requests.reject(customerId, requestId, body.note, actor);
  }
}
