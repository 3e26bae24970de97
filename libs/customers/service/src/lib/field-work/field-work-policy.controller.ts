import { Body, Controller, Get, Put, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { FieldWorkPolicyDto } from './dto/field-work-policy.dto';
import { FIELD_WORK_POLICY_RESPONSE } from './field-work-responses.openapi';
import { FieldWorkPolicyService } from './field-work-policy.service';

/** 外勤规则 (C3, C4): revisit cadence per grade and check-ins per day out, set by the VP. */
@ApiTags('客户 customers')
@Controller('customers/field-work-policy')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class FieldWorkPolicyController {
  constructor(private readonly policies: FieldWorkPolicyService) {}

  @Get()
  @ApiOperation({
    summary: '外勤规则：当前版本与历次版本 the field-work policy in force and every version set',
  })
  @ApiOkResponse({ schema: FIELD_WORK_POLICY_RESPONSE })
  view() {
    return this.policies.view();
  }

  @Put()
  @ApiOperation({
    summary:
      '设定外勤规则（仅业务副总；自今天起生效，过去的日子按当时的版本）set the field-work policy (VP only; in force from today, past days keep theirs)',
  })
  set(@Body() body: FieldWorkPolicyDto, @CurrentActor() actor: Actor) {
    const { A, B, C, D, ungraded } = body.revisitCadenceDays;
    return this.policies.set(
      {
        revisitCadenceDays: { A, B, C, D, ungraded },
        minimumCheckInsPerDayOut: body.minimumCheckInsPerDayOut,
      },
      actor,
    );
  }
}
