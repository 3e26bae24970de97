import { Body, Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import {
  AccountsSettledDto,
  CaseParams,
  CasesQueryDto,
  ExitWithoutHandoverDto,
  NoticeResignationDto,
} from './dto/handover.dto';
import { CASE_LIST_RESPONSE, CASE_RESPONSE } from './handover-responses.openapi';
import { HandoverCasesService } from './handover-cases.service';

/**
 * 离职交接 (O2): a resignation noticed at least 30 days ahead; its checklist (customers still
 * owned, open contracts, forms out, accounts, the 市场部主管's sign-off) empties as customers and
 * contracts publish the transfers and returns; completion waits for it; 离职处理 otherwise.
 */
@ApiTags('离职交接 handover')
@Controller('handover/cases')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class HandoverCasesController {
  constructor(private readonly cases: HandoverCasesService) {}

  @Post()
  @ApiOperation({
    summary:
      '提出辞职（本人、其上级或副总；最后工作日至少在 30 天后）notice of resignation, at least 30 days ahead',
  })
  @ApiCreatedResponse({ schema: CASE_RESPONSE })
  notice(@Body() { personId, lastDay }: NoticeResignationDto, @CurrentActor() actor: Actor) {
    return this.cases.notice({ personId, lastDay }, actor);
  }

  @Get()
  @ApiOperation({ summary: '离职交接列表（按查看范围）handover cases within your scope' })
  @ApiOkResponse({ schema: CASE_LIST_RESPONSE })
  list(@Query() { status }: CasesQueryDto, @CurrentActor() actor: Actor) {
    return this.cases.list(status, actor);
  }

  @Get(':id')
  @ApiOperation({ summary: '离职交接单：清单与未完成事项 a case with its checklist' })
  @ApiOkResponse({ schema: CASE_RESPONSE })
  view(@Param() { id }: CaseParams, @CurrentActor() actor: Actor) {
    return this.cases.view(id, actor);
  }

  @Post(':id/accounts-settled')
  @HttpCode(200)
  @ApiOperation({ summary: '财务确认账目结清 finance confirms the accounts settled' })
  @ApiOkResponse({ schema: CASE_RESPONSE })
  accountsSettled(
    @Param() { id }: CaseParams,
    @Body() { note }: AccountsSettledDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.cases.settleAccounts(id, note ?? null, actor);
  }

  @Post(':id/sign-off')
  @HttpCode(200)
  @ApiOperation({ summary: '市场部主管签字 the sales admin supervisor signs off' })
  @ApiOkResponse({ schema: CASE_RESPONSE })
  signOff(@Param() { id }: CaseParams, @CurrentActor() actor: Actor) {
    return this.cases.signOff(id, actor);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @ApiOperation({
    summary: '确认交接完成（清单清空后；上级、市场部主管或副总）complete once the checklist is empty',
  })
  @ApiOkResponse({ schema: CASE_RESPONSE })
  complete(@Param() { id }: CaseParams, @CurrentActor() actor: Actor) {
    return this.cases.complete(id, actor);
  }

  @Post(':id/exit-without-handover')
  @HttpCode(200)
  @ApiOperation({ summary: '离职处理：未完成交接即离职（副总，须填原因）left without handover (VP, reason)' })
  @ApiOkResponse({ schema: CASE_RESPONSE })
  exitWithoutHandover(
    @Param() { id }: CaseParams,
    @Body() { reason }: ExitWithoutHandoverDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.cases.exitWithoutHandover(id, reason, actor);
  }
}
