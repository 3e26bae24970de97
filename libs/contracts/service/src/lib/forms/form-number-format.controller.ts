import { Body, Controller, Get, Put, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { FormNumberFormatDto } from './dto/forms.dto';
import { FORM_NUMBER_FORMAT_RESPONSE } from './forms-responses.openapi';
import { FormNumberFormatService } from './form-number-format.service';

/** 合同编号格式 (K1): `<prefix>-<year>-<seq>`, set by the VP or the sales admin, versioned. */
@ApiTags('合同 contracts')
@Controller('contracts/forms/number-format')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class FormNumberFormatController {
  constructor(private readonly formats: FormNumberFormatService) {}

  @Get()
  @ApiOperation({ summary: '合同编号格式：当前版本与历次设定 the form number format and its versions' })
  @ApiOkResponse({ schema: FORM_NUMBER_FORMAT_RESPONSE })
  view() {
    return this.formats.view();
  }

  @Put()
  @ApiOperation({
    summary:
      '设定合同编号格式（副总或销售内勤；此后发放的编号使用新格式，已发放的不变）set the number format (VP or sales admin; numbers already issued keep theirs)',
  })
  set(@Body() { prefix, width }: FormNumberFormatDto, @CurrentActor() actor: Actor) {
    return this.formats.set({ prefix, width }, actor);
  }
}
