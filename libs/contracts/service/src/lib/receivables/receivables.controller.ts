import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { AgeingQuery } from './ageing.query';
import { CustomerCreditService } from './customer-credit.service';
import {
  AgeingQueryDto,
  AsOfQueryDto,
  ContractParams,
  CustomerCreditParams,
  InvoiceParams,
  IssueInvoiceDto,
  PaymentParams,
  RecordPaymentDto,
  ReversePaymentDto,
  SetCreditLimitDto,
  VoidInvoiceDto,
} from './dto/receivables.dto';
import {
  AGEING_RESPONSE,
  COMMAND_RESPONSE,
  CREDIT_RESPONSE,
  INVOICE_ISSUED_RESPONSE,
  PAYMENT_RECORDED_RESPONSE,
  RECEIVABLE_RESPONSE,
} from './receivables-responses.openapi';
import { ReceivablesService } from './receivables.service';

/** 应收账款 (K5): invoices, payments, reversals, each contract's instalments, ageing, credit limits. */
@ApiTags('合同 contracts')
@Controller('contracts')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class ReceivablesController {
  constructor(
    private readonly receivables: ReceivablesService,
    private readonly ageingQuery: AgeingQuery,
    private readonly credit: CustomerCreditService,
  ) {}

  @Get('receivables/ageing')
  @ApiOkResponse({ schema: AGEING_RESPONSE })
  @ApiOperation({
    summary:
      '账龄分析（未到期、逾期 1–30、31–60、61–90、90 天以上；到期当日计为未到期），按合同、客户、业务员或事业部汇总 ageing as of any date',
  })
  ageing(@Query() query: AgeingQueryDto, @CurrentActor() actor: Actor) {
    const { asOf, groupBy, customerId, ownerId, divisionId } = query;
    return this.ageingQuery.ageing({ asOf, groupBy, customerId, ownerId, divisionId }, actor);
  }

  @Put('credit-limits/:customerId')
  @ApiOkResponse({ schema: COMMAND_RESPONSE })
  @ApiOperation({ summary: '设定客户信用额度（财务）set a customer’s credit limit (finance)' })
  setCreditLimit(
    @Param() { customerId }: CustomerCreditParams,
    @Body() body: SetCreditLimitDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.credit.setLimit(customerId, body.limitMinor, body.currency, actor);
  }

  @Get('credit-limits/:customerId')
  @ApiOkResponse({ schema: CREDIT_RESPONSE })
  @ApiOperation({
    summary: '客户信用额度与未收应收（未终止合同金额 − 实收）a customer’s credit limit and open receivables',
  })
  creditLimit(@Param() { customerId }: CustomerCreditParams, @CurrentActor() actor: Actor) {
    return this.credit.view(customerId, actor);
  }

  @Get(':contractId/receivable')
  @ApiOkResponse({ schema: RECEIVABLE_RESPONSE })
  @ApiOperation({
    summary:
      '合同应收明细：各期状态（未付、部分付款、已付、逾期）、发票、回款、冲销 a contract’s instalments, invoices and payments',
  })
  receivable(
    @Param() { contractId }: ContractParams,
    @Query() { asOf }: AsOfQueryDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.receivables.view(contractId, asOf, actor);
  }

  @Post(':contractId/invoices')
  @ApiCreatedResponse({ schema: INVOICE_ISSUED_RESPONSE })
  @ApiOperation({ summary: '开票（财务；按付款计划分期）issue an invoice against an instalment (finance)' })
  issueInvoice(
    @Param() { contractId }: ContractParams,
    @Body() body: IssueInvoiceDto,
    @CurrentActor() actor: Actor,
  ) {
    const { invoiceId, instalmentId, amountMinor, currency, issuedOn, dueOn } = body;
    return this.receivables.issueInvoice(
      contractId,
      { invoiceId, instalmentId, amountMinor, currency, issuedOn, dueOn },
      actor,
    );
  }

  @Post(':contractId/invoices/:invoiceId/void')
  @ApiOkResponse({ schema: COMMAND_RESPONSE })
  @HttpCode(200)
  @ApiOperation({ summary: '红冲发票（财务，须填原因）void an invoice, with a reason (finance)' })
  voidInvoice(
    @Param() { contractId, invoiceId }: InvoiceParams,
    @Body() body: VoidInvoiceDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.receivables.voidInvoice(contractId, invoiceId, body.reason, body.voidedOn, actor);
  }

  @Post(':contractId/payments')
  @ApiCreatedResponse({ schema: PAYMENT_RECORDED_RESPONSE })
  @ApiOperation({
    summary:
      '登记回款（财务；未指定发票则先核销最早到期的发票，尚无发票即为预收）record a payment received (finance)',
  })
  recordPayment(
    @Param() { contractId }: ContractParams,
    @Body() body: RecordPaymentDto,
    @CurrentActor() actor: Actor,
  ) {
    const { paymentId, amountMinor, currency, receivedOn, method } = body;
    return this.receivables.recordPayment(
      contractId,
      { paymentId, amountMinor, currency, receivedOn, method, invoiceId: body.invoiceId ?? null },
      actor,
    );
  }

  @Post(':contractId/payments/:paymentId/reversals')
  @ApiCreatedResponse({ schema: PAYMENT_RECORDED_RESPONSE })
  @ApiOperation({
    summary: '冲销回款（全部或部分，须填原因；财务）reverse a payment, fully or partly (finance)',
  })
  reversePayment(
    @Param() { contractId, paymentId }: PaymentParams,
    @Body() body: ReversePaymentDto,
    @CurrentActor() actor: Actor,
  ) {
    const { reversalId, amountMinor, reversedOn, reason } = body;
    return this.receivables.reversePayment(
      contractId,
      paymentId,
      { reversalId, amountMinor, reversedOn, reason },
      actor,
    );
  }
}
