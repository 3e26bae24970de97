import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CustomerContact } from '@sales/customers/domain';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { CustomerListService } from './customer-list.service';
import {
  BulkTransferDto,
  CustomerParams,
  CustomerQueryDto,
  CustomerRecordDto,
  MergeDto,
  RegisterCustomerDto,
  TransferDto,
} from './dto/customer.dto';
import {
  BULK_TRANSFER_RESPONSE,
  CUSTOMER_HISTORY_RESPONSE,
  CUSTOMER_LIST_RESPONSE,
  CUSTOMER_RESPONSE,
  EDIT_RESPONSE,
  REGISTRATION_RESPONSE,
} from './registry-responses.openapi';
import { type CustomerRecord, RegistryService } from './registry.service';

/**
 * 客户登记 (C1), 转移 (C6) and 合并. Mounted after the other customers controllers: its
 * `/customers/:customerId` routes must not take their fixed paths (`/customers/grading-policy`).
 */
@ApiTags('客户 customers')
@Controller('customers')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class RegistryController {
  constructor(
    private readonly registry: RegistryService,
    private readonly customers: CustomerListService,
  ) {}

  @Post()
  @ApiOperation({
    summary:
      '登记客户（查重：名称或信用代码相同 → 409；电话相同 → 登记成功并提示）register a customer (same name or credit code → 409; shared phone → accepted with a warning)',
  })
  @ApiCreatedResponse({ schema: REGISTRATION_RESPONSE })
  register(@Body() body: RegisterCustomerDto, @CurrentActor() actor: Actor) {
    return this.registry.register({ ...record(body), ownerId: body.ownerId }, actor);
  }

  @Get()
  @ApiOperation({ summary: '客户列表（按数据范围）customers within the caller’s scope' })
  @ApiOkResponse({ schema: CUSTOMER_LIST_RESPONSE })
  list(@Query() query: CustomerQueryDto, @CurrentActor() actor: Actor) {
    const { ownerId, divisionId, grade, status, q } = query;
    return this.customers.list(actor, { ownerId, divisionId, grade, status, q });
  }

  @Post('transfers')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '批量转移某人的客户（如离职交接）move many or all of a person’s customers (e.g. resignation handover)',
  })
  @ApiOkResponse({ schema: BULK_TRANSFER_RESPONSE })
  transferAll(@Body() body: BulkTransferDto, @CurrentActor() actor: Actor) {
    const { fromOwnerId, customerIds, toOwnerId, reason, note } = body;
    return this.registry.transferAll({ fromOwnerId, customerIds }, { toOwnerId, reason, note }, actor);
  }

  @Get(':customerId')
  @ApiOperation({
    summary: '客户详情（已合并的编号解析到保留的客户）one customer (a merged id resolves to its survivor)',
  })
  @ApiOkResponse({ schema: CUSTOMER_RESPONSE })
  view(@Param() { customerId }: CustomerParams, @CurrentActor() actor: Actor) {
    return this.registry.view(customerId, actor);
  }

  @Get(':customerId/history')
  @ApiOperation({ summary: '客户变更历史（谁、何时、做了什么）the customer’s history: who, when, what' })
  @ApiOkResponse({ schema: CUSTOMER_HISTORY_RESPONSE })
  history(@Param() { customerId }: CustomerParams, @CurrentActor() actor: Actor) {
    return this.registry.history(customerId, actor);
  }

  @Put(':customerId')
  @ApiOperation({
    summary: '修改客户资料（改名同样查重）edit a customer (a rename is checked for duplicates too)',
  })
  @ApiOkResponse({ schema: EDIT_RESPONSE })
  edit(
    @Param() { customerId }: CustomerParams,
    @Body() body: CustomerRecordDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.registry.edit(customerId, record(body), actor);
  }

  @Post(':customerId/transfer')
  @HttpCode(200)
  @ApiOperation({
    summary: '转移客户给另一位业务员（须注明原因）transfer to another salesperson, with a reason',
  })
  transfer(@Param() { customerId }: CustomerParams, @Body() body: TransferDto, @CurrentActor() actor: Actor) {
    const { toOwnerId, reason, note } = body;
    return this.registry.transfer(customerId, { toOwnerId, reason, note }, actor);
  }

  @Post(':customerId/merge')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '把重复的客户合并到保留的客户（副总、市场部主管）merge this duplicate into the survivor (VP, sales admin)',
  })
  merge(@Param() { customerId }: CustomerParams, @Body() body: MergeDto, @CurrentActor() actor: Actor) {
    return this.registry.merge(customerId, body.survivorId, actor);
  }
}

/** The validated body as plain data (a DTO instance must not reach an event). */
function record(body: CustomerRecordDto): CustomerRecord {
  const contacts: CustomerContact[] = (body.contacts ?? []).map((c) => ({
    name: c.name.trim(),
    title: c.title.trim(),
    phones: [...c.phones],
    email: c.email ?? null,
  }));
  return {
    profile: {
      name: body.name.trim(),
      creditCode: body.creditCode ? body.creditCode.trim().toUpperCase() : null,
      industry: body.industry.trim(),
      region: body.region.trim(),
      source: body.source.trim(),
      address: (body.address ?? '').trim(),
    },
    contacts,
    notes: (body.notes ?? '').trim(),
  };
}
