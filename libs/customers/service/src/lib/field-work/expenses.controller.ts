import { Body, Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { ExpenseParams, ExpenseQueryDto, RecordExpenseDto, RejectExpenseDto } from './dto/expense.dto';
import { EXPENSE_LIST_RESPONSE, EXPENSE_RECORDED_RESPONSE } from './expense-responses.openapi';
import { ExpenseService } from './expense.service';

/** 费用 (C5): recorded by the person, decided by someone above them; approved ones feed KPI P7. */
@ApiTags('客户 customers')
@Controller('customers/expenses')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class ExpensesController {
  constructor(private readonly expenses: ExpenseService) {}

  @Post()
  @ApiOperation({
    summary:
      '登记费用（本人；金额为整数分，不能是将来的日期）record your expense (amount in whole fen; not ahead of today)',
  })
  @ApiCreatedResponse({ schema: EXPENSE_RECORDED_RESPONSE })
  record(@Body() body: RecordExpenseDto, @CurrentActor() actor: Actor) {
    const { personId, date, category, amountMinor, currency } = body;
    return this.expenses.record(
      {
        personId,
        date,
        category,
        amountMinor,
        currency,
        customerId: body.customerId ?? null,
        receiptRef: body.receiptRef ?? null,
      },
      actor,
    );
  }

  @Get()
  @ApiOperation({
    summary:
      '费用列表（本人、本事业部或全公司，可按状态筛选；财务可看全部）expenses within your scope, by status',
  })
  @ApiOkResponse({ schema: EXPENSE_LIST_RESPONSE })
  list(@Query() query: ExpenseQueryDto, @CurrentActor() actor: Actor) {
    const { personId, divisionId, status, from, to } = query;
    return this.expenses.list(actor, { personId, divisionId, status, from, to });
  }

  @Post(':expenseId/approve')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '批准费用（费用人的上级；本人不能审批）approve an expense (someone above the person; never themself)',
  })
  approve(@Param() { expenseId }: ExpenseParams, @CurrentActor() actor: Actor) {
    return this.expenses.approve(expenseId, actor);
  }

  @Post(':expenseId/reject')
  @HttpCode(200)
  @ApiOperation({
    summary: '驳回费用（须填原因）reject an expense, with a reason',
  })
  reject(
    @Param() { expenseId }: ExpenseParams,
    @Body() body: RejectExpenseDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.expenses.reject(expenseId, body.reason, actor);
  }
}
