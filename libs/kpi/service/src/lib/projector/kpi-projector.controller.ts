import { Controller, Get, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import { type Actor, ForbiddenError } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { KpiProjectorRunner } from './kpi-projector.runner';

const OPERATORS = ['admin'];

/** The projector's state and the on-demand rebuild (system administration). */
@ApiTags('KPI 读模型 read model')
@Controller('kpi/projector')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class KpiProjectorController {
  constructor(private readonly runner: KpiProjectorRunner) {}

  @Get('status')
  @ApiOperation({
    summary:
      'KPI 读模型状态：在用版本、重建进度、各主题落后的事件数和秒数、读不懂的事件 the read model: active version, rebuild progress, events and seconds behind per topic, unreadable events',
  })
  status(@CurrentActor() actor: Actor) {
    assertOperator(actor);
    return this.runner.projector.status();
  }

  @Post('rebuild')
  @HttpCode(202)
  @ApiOperation({
    summary:
      '重建 KPI 读模型：写入新版本，旧版本继续服务，追平后切换 rebuild into a new version while the old one serves; switched to once caught up',
  })
  rebuild(@CurrentActor() actor: Actor) {
    assertOperator(actor);
    return this.runner.projector.rebuild();
  }
}

function assertOperator(actor: Actor): void {
  if (!OPERATORS.includes(actor.role))
    throw new ForbiddenError('kpi-projector-admin-only', { role: actor.role });
}
