import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { ExplainQueryDto, FiguresQueryDto } from './kpi-figures.dto';
import {
  EXPLANATION_RESPONSE,
  FIGURES_RESPONSE,
  FORMULAS_DESCRIPTION,
} from './kpi-figures-responses.openapi';
import { KpiFiguresService } from './kpi-figures.service';

const SCOPE =
  '业务员只能看本人，事业部经理看本事业部及其人员，业务副总、总经理、市场部主管和系统管理员看全部（按今天的组织架构，而非登录令牌）。' +
  ' A salesperson sees their own figures, a division manager the division and its people, the VP, general manager, sales admin and admin everything (by today’s org tree, not the token).';

/** 考核指标 (P1–P7) of one salesperson, division or the company for a month, quarter or year, as of a date. */
@ApiTags('KPI 考核指标 figures')
@Controller('kpi/figures')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class KpiFiguresController {
  constructor(private readonly figures: KpiFiguresService) {}

  @Get()
  @ApiOperation({
    summary:
      '考核指标：某业务员、事业部或公司在某月、季度或年度的 P1–P7，截至某日 KPI figures of a person, a division or the company for a period, as of a date',
    description: `${SCOPE}\n\n期间按业务日期，截至日期按记录时间 / periods are by business date, asOf by recorded time.\n\n${FORMULAS_DESCRIPTION}`,
  })
  @ApiOkResponse({ schema: FIGURES_RESPONSE, description: FORMULAS_DESCRIPTION })
  list(@Query() query: FiguresQueryDto, @CurrentActor() actor: Actor) {
    const { subject, period, asOf } = query;
    return this.figures.figuresFor(actor, { subject, period, asOf });
  }

  @Get('explain')
  @ApiOperation({
    summary:
      '指标解释：代入数字的公式及构成它的事件（编号、类型、业务日期、记录时间、金额）explain a figure: the formula with its numbers and the events it is made of',
    description: `${SCOPE}\n\n${FORMULAS_DESCRIPTION}`,
  })
  @ApiOkResponse({ schema: EXPLANATION_RESPONSE })
  explain(@Query() query: ExplainQueryDto, @CurrentActor() actor: Actor) {
    const { figure, subject, period, asOf } = query;
    return this.figures.explain(actor, { figure, subject, period, asOf });
  }
}
