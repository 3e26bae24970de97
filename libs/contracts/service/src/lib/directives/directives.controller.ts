import { Body, Controller, Get, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import {
  DIRECTIVES_RESPONSE,
  DIRECTIVE_COMMAND_RESPONSE,
  DIRECTIVE_ISSUED_RESPONSE,
} from './directives-responses.openapi';
import { DirectivesService } from './directives.service';
import {
  DirectiveContractParams,
  DirectiveParams,
  IssueDirectiveDto,
  LiftDirectiveDto,
} from './dto/directives.dto';

/** 停工指示 (K6): stop work on a contract, lift the stop, see who stopped it when and why. */
@ApiTags('合同 contracts')
@Controller('contracts')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class DirectivesController {
  constructor(private readonly directives: DirectivesService) {}

  @Post(':contractId/directives')
  @ApiCreatedResponse({ schema: DIRECTIVE_ISSUED_RESPONSE })
  @ApiOperation({
    summary:
      '下达停工指示（业务副总、系统管理员或安全/质量；须填原因；生效期间安装、调试、验收被拒绝）order work on a contract to stop',
  })
  issue(
    @Param() { contractId }: DirectiveContractParams,
    @Body() body: IssueDirectiveDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.directives.issue(contractId, { directiveId: body.directiveId, reason: body.reason }, actor);
  }

  @Post(':contractId/directives/:directiveId/lift')
  @HttpCode(200)
  @ApiOkResponse({ schema: DIRECTIVE_COMMAND_RESPONSE })
  @ApiOperation({ summary: '解除停工指示（须填原因）lift a stop directive, with a reason' })
  lift(
    @Param() { contractId, directiveId }: DirectiveParams,
    @Body() body: LiftDirectiveDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.directives.lift(contractId, directiveId, body.reason, actor);
  }

  @Get(':contractId/directives')
  @ApiOkResponse({ schema: DIRECTIVES_RESPONSE })
  @ApiOperation({ summary: '合同的停工指示：谁、何时、为何下达与解除 a contract’s stop directives' })
  list(@Param() { contractId }: DirectiveContractParams, @CurrentActor() actor: Actor) {
    return this.directives.list(contractId, actor);
  }
}
