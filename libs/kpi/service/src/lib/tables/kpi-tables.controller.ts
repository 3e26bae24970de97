import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { P8_LAGGING_FORMULA, P8_RANKING_FORMULA } from '@sales/kpi/projections';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { DivisionPeopleQueryDto, LaggingQueryDto, RankingsQueryDto } from './kpi-tables.dto';
import { KpiTablesService } from './kpi-tables.service';
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from './table-export';
import { download } from './table-download';

const FILES =
  'format=csv 或 xlsx 时下载文件（中文表头，金额以元计，文件名如 销售排名-2027-Q1.csv）。 With format=csv or xlsx the table downloads as a file (zh-CN headers, amounts in 元).';

/** P8 排名 and 拖后腿名单, and a division's people × KPIs, as JSON, CSV or .xlsx. */
@ApiTags('KPI 考核指标 figures')
@Controller('kpi')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class KpiTablesController {
  constructor(private readonly tables: KpiTablesService) {}

  @Get('rankings')
  @ApiOperation({
    summary:
      '排名：全公司或事业部内业务员按指标达成率排名 rankings of salespeople by a figure, company- or division-wide',
    description: `${P8_RANKING_FORMULA.zh} / ${P8_RANKING_FORMULA.en}\n\n业务员可看所有人的名次和姓名，但只能看本人的金额和达成率；事业部经理可看本事业部人员的金额；副总、总经理、市场部主管和系统管理员看全部。 A salesperson sees everyone’s place and name but only their own amounts and rate; a division manager their division’s; the VP, general manager, sales admin and admin everything.\n\n${FILES}`,
  })
  @ApiProduces('application/json', CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: '排名 / the ranking' })
  async rankings(@Query() query: RankingsQueryDto, @CurrentActor() actor: Actor) {
    const { within, period, asOf, figure, format } = query;
    const { answer, format: as } = await this.tables.rankings(actor, {
      within,
      period,
      asOf,
      figure,
      format,
    });
    return download(answer, as);
  }

  @Get('lagging')
  @ApiOperation({
    summary:
      '拖后腿名单：落后于按日进度目标的业务员及差额 the lagging list: who is behind the target pro-rated to the date, by how much',
    description: `${P8_LAGGING_FORMULA.zh} / ${P8_LAGGING_FORMULA.en}\n\n事业部经理（本事业部）、副总、总经理、市场部主管和系统管理员可看；业务员不可。 For division managers (their division), the VP, general manager, sales admin and admin; not salespeople.\n\n${FILES}`,
  })
  @ApiProduces('application/json', CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: '拖后腿名单 / the lagging list' })
  async lagging(@Query() query: LaggingQueryDto, @CurrentActor() actor: Actor) {
    const { within, period, asOf, figure, format } = query;
    const { answer, format: as } = await this.tables.lagging(actor, { within, period, asOf, figure, format });
    return download(answer, as);
  }

  @Get('divisions/:divisionId/people')
  @ApiOperation({
    summary: '事业部人员指标表：每位业务员的 P1–P5、P7 回款 a division’s people × KPIs',
    description: `该事业部经理、副总、总经理、市场部主管和系统管理员可看。 For the division’s manager, the VP, general manager, sales admin and admin.\n\n${FILES}`,
  })
  @ApiParam({ name: 'divisionId', description: '事业部编号 / the division', example: 'd-east' })
  @ApiProduces('application/json', CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: '人员 × 指标 / people × KPIs' })
  async divisionPeople(
    @Param('divisionId') divisionId: string,
    @Query() query: DivisionPeopleQueryDto,
    @CurrentActor() actor: Actor,
  ) {
    const { period, asOf, format } = query;
    const { answer, format: as } = await this.tables.divisionPeople(actor, {
      divisionId,
      period,
      asOf,
      format,
    });
    return download(answer, as);
  }
}
