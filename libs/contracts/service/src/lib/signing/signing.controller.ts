import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { ContractListService } from './contract-list.service';
import { ContractService } from './contract.service';
import {
  ContractParams,
  ContractQueryDto,
  DecideTerminationDto,
  FileContractDto,
  RequestTerminationDto,
  SignContractDto,
  TransferContractDto,
} from './dto/signing.dto';
import {
  CONTRACT_LIST_RESPONSE,
  CONTRACT_OUTCOME_RESPONSE,
  CONTRACT_RESPONSE,
  GROSS_MARGIN_FORMULA,
  INCOMPLETE_SIGNINGS_RESPONSE,
} from './signing-responses.openapi';

/**
 * 签约 (K3): signing on a held form against an approved report (or the VP's override), 原件归档,
 * termination approved by the VP, transfer to a colleague, and the contracts within scope.
 */
@ApiTags('合同 contracts')
@Controller('contracts')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class SigningController {
  constructor(
    private readonly contracts: ContractService,
    private readonly lists: ContractListService,
  ) {}

  @Post()
  @ApiOperation({
    summary:
      '签约（签约人领用的合同编号；须有已批准的签约前报备，或副总特批）sign a contract on a held form, against an approved report or the VP’s override',
    description:
      '金额含税，按产品线给出税率；产品线之和、付款计划之和均须等于合同金额。未收应收加本合同超出客户信用额度时须副总特批。' +
      '以同一 contractId（或同一 Idempotency-Key）重试，完成中断的签约。 / Amounts include VAT, with a rate per line; ' +
      'lines and the payment plan each add up to the amount. Past the credit limit only the VP’s override signs. ' +
      `A retry with the same contractId (or Idempotency-Key) completes an interrupted signing. ${GROSS_MARGIN_FORMULA}`,
  })
  // The same (lower-case) name as the @Headers parameter, so the document lists one optional header.
  @ApiHeader({
    name: 'idempotency-key',
    required: false,
    description: '重试键 retry key (fixes the contract id)',
  })
  @ApiCreatedResponse({ schema: CONTRACT_OUTCOME_RESPONSE })
  sign(
    @Body() body: SignContractDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const lines = body.lines.map(({ productLineId, amountMinor, vatBasisPoints }) => ({
      productLineId,
      amountMinor,
      vatBasisPoints,
    }));
    const paymentPlan = body.paymentPlan.map(({ name, dueOn, amountMinor }) => ({
      name,
      dueOn,
      amountMinor,
    }));
    return this.contracts.sign({ ...body, lines, paymentPlan }, actor, idempotencyKey);
  }

  @Get()
  @ApiOperation({
    summary:
      '合同列表（销售看本人，经理看本事业部，副总、销售内勤、财务看全部）contracts within the caller’s scope',
  })
  @ApiOkResponse({ schema: CONTRACT_LIST_RESPONSE })
  list(@Query() query: ContractQueryDto, @CurrentActor() actor: Actor) {
    const { ownerId, divisionId, customerId, status, filed } = query;
    return this.lists.list(actor, {
      ownerId,
      divisionId,
      customerId,
      status,
      filed: filed === undefined ? undefined : filed === 'true',
    });
  }

  @Get('unfiled')
  @ApiOperation({ summary: '已签未归档的合同 signed contracts whose original is not filed yet' })
  @ApiOkResponse({ schema: CONTRACT_LIST_RESPONSE })
  unfiled(@CurrentActor() actor: Actor) {
    return this.lists.unfiled(actor);
  }

  @Get('incomplete-signings')
  @ApiOperation({
    summary:
      '未完成的签约：合同编号已使用但合同未写入（重试签约即完成）forms bound to a contract whose signing did not complete',
  })
  @ApiOkResponse({ schema: INCOMPLETE_SIGNINGS_RESPONSE })
  incomplete(@CurrentActor() actor: Actor) {
    return this.lists.incompleteSignings(actor);
  }

  @Get(':contractId')
  @ApiOperation({ summary: '合同详情（含毛利、状态、归档）a contract with its margin, status and filing' })
  @ApiOkResponse({ schema: CONTRACT_RESPONSE })
  view(@Param() { contractId }: ContractParams, @CurrentActor() actor: Actor) {
    return this.lists.view(contractId, actor);
  }

  @Post(':contractId/filing')
  @HttpCode(200)
  @ApiOperation({ summary: '原件归档（销售内勤：日期、存放位置）file the signed original (sales admin)' })
  @ApiOkResponse({ schema: CONTRACT_OUTCOME_RESPONSE })
  file(@Param() { contractId }: ContractParams, @Body() body: FileContractDto, @CurrentActor() actor: Actor) {
    return this.contracts.file(contractId, { filedOn: body.filedOn, location: body.location }, actor);
  }

  @Post(':contractId/termination-request')
  @ApiOperation({
    summary:
      '申请终止合同（负责人、其事业部经理或销售内勤；日期与原因）request termination (owner, their manager or the sales admin)',
  })
  @ApiCreatedResponse({ schema: CONTRACT_OUTCOME_RESPONSE })
  requestTermination(
    @Param() { contractId }: ContractParams,
    @Body() body: RequestTerminationDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.contracts.requestTermination(
      contractId,
      { terminationOn: body.terminationOn, reason: body.reason },
      actor,
    );
  }

  @Post(':contractId/termination-decision')
  @HttpCode(200)
  @ApiOperation({ summary: '副总批准或驳回终止申请 the VP approves or rejects the termination' })
  @ApiOkResponse({ schema: CONTRACT_OUTCOME_RESPONSE })
  decideTermination(
    @Param() { contractId }: ContractParams,
    @Body() body: DecideTerminationDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.contracts.decideTermination(
      contractId,
      { approve: body.approve, reason: body.reason },
      actor,
    );
  }

  @Post(':contractId/transfer')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '合同移交给同事（负责人的事业部经理、副总或销售内勤；须注明原因）transfer an open contract to a colleague, with a reason',
  })
  @ApiOkResponse({ schema: CONTRACT_OUTCOME_RESPONSE })
  transfer(
    @Param() { contractId }: ContractParams,
    @Body() body: TransferContractDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.contracts.transfer(contractId, { toOwnerId: body.toOwnerId, reason: body.reason }, actor);
  }
}
