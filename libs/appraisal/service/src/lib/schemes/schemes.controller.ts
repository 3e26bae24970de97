import { Body, Controller, Get, HttpCode, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { SchemePreviewDto } from './dto/scheme-preview.dto';
import { PutSchemeDto, SchemeParams } from './dto/scheme-rules.dto';
import { schemeRulesOf } from './scheme-rules.mapping';
import {
  COMMAND_OUTCOME_RESPONSE,
  SCHEME_LIST_RESPONSE,
  SCHEME_PREVIEW_RESPONSE,
  SCHEME_VERSIONS_RESPONSE,
} from './schemes-responses.openapi';
import { SchemesService } from './schemes.service';

/** 考核办法与提成方案 (A1): set and revised by the VP; read and tried out by everyone it concerns. */
@ApiTags('考核 appraisal')
@Controller('appraisal/schemes')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class SchemesController {
  constructor(private readonly schemes: SchemesService) {}

  @Get()
  @ApiOperation({ summary: '考核办法列表（今天生效的版本）the schemes, with the version in force today' })
  @ApiOkResponse({ schema: SCHEME_LIST_RESPONSE })
  list() {
    return this.schemes.list();
  }

  @Get(':schemeId')
  @ApiOperation({
    summary: '考核办法的各版本（含提成方案）every version of a scheme, commission table included',
  })
  @ApiOkResponse({ schema: SCHEME_VERSIONS_RESPONSE })
  versions(@Param() { schemeId }: SchemeParams) {
    return this.schemes.view(schemeId);
  }

  @Put(':schemeId')
  @ApiOperation({
    summary:
      '设定或修订考核办法（仅业务副总；修订须说明原因，新版本自生效日起适用）set or revise a scheme (VP only; a revision needs a reason and applies from its date)',
  })
  @ApiOkResponse({ schema: COMMAND_OUTCOME_RESPONSE })
  put(@Param() { schemeId }: SchemeParams, @Body() body: PutSchemeDto, @CurrentActor() actor: Actor) {
    return this.schemes.put(
      schemeId,
      schemeRulesOf(body),
      { effectiveFrom: body.effectiveFrom, reason: body.reason },
      actor,
    );
  }

  @Post(':schemeId/preview')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '试算：给定指标与金额，按某版本计算得分、等级与提成（逐行）preview a score, grade and payout, line by line',
  })
  @ApiOkResponse({ schema: SCHEME_PREVIEW_RESPONSE })
  preview(@Param() { schemeId }: SchemeParams, @Body() body: SchemePreviewDto) {
    return this.schemes.preview(schemeId, body);
  }
}
