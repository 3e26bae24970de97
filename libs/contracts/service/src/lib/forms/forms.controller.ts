import { Body, Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { FormNumberParams, IssueFormsDto, UnreturnedFormsQueryDto, VoidFormDto } from './dto/forms.dto';
import { FORMS_ISSUED_RESPONSE, FORM_RESPONSE, UNRETURNED_FORMS_RESPONSE } from './forms-responses.openapi';
import { FormsService } from './forms.service';

/**
 * 合同领用 (K1): the sales admin issues numbered forms to salespeople; each ends used (by signing),
 * voided (with a reason) or returned; forms still out are listed with how long they have been out.
 */
@ApiTags('合同 contracts')
@Controller('contracts/forms')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class FormsController {
  constructor(private readonly forms: FormsService) {}

  @Post()
  @ApiOperation({
    summary:
      '发放合同（仅销售内勤；一份或一批，年度内连续编号）issue one form or a batch of consecutive numbers to a salesperson (sales admin only)',
  })
  @ApiCreatedResponse({ schema: FORMS_ISSUED_RESPONSE })
  issue(@Body() body: IssueFormsDto, @CurrentActor() actor: Actor) {
    const { holderId, count = 1, year } = body;
    return this.forms.issue({ holderId, count, year }, actor);
  }

  @Get('unreturned')
  @ApiOperation({
    summary:
      '未交回合同：按人、按事业部，含领用天数（销售看本人，经理看本事业部，副总、销售内勤看全部）forms still out per person and division, with days out',
  })
  @ApiOkResponse({ schema: UNRETURNED_FORMS_RESPONSE })
  unreturned(@Query() { personId, divisionId }: UnreturnedFormsQueryDto, @CurrentActor() actor: Actor) {
    return this.forms.unreturned(actor, { personId, divisionId });
  }

  @Get(':number')
  @ApiOperation({ summary: '一份合同的领用情况 a form and where it stands' })
  @ApiOkResponse({ schema: FORM_RESPONSE })
  form(@Param() { number }: FormNumberParams, @CurrentActor() actor: Actor) {
    return this.forms.form(number, actor);
  }

  @Post(':number/void')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '作废合同（领用人或销售内勤；须填原因）void a form (its holder or the sales admin; with a reason)',
  })
  voidForm(
    @Param() { number }: FormNumberParams,
    @Body() { reason }: VoidFormDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.forms.voidForm(number, reason, actor);
  }

  @Post(':number/return')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '退回未使用的合同（销售内勤登记接收）record an unused form handed back (the sales admin receives it)',
  })
  returnForm(@Param() { number }: FormNumberParams, @CurrentActor() actor: Actor) {
    return this.forms.returnForm(number, actor);
  }
}
