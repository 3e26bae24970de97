import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@sales/shared/auth';
import { type PlatformMetrics, type ReadinessCheck, runReadinessChecks } from '@sales/shared/observability';
import { METRICS, READINESS_CHECKS } from './tokens';

type Response = {
  status(code: number): Response;
  json(body: unknown): void;
  type(t: string): Response;
  send(body: string): void;
};

@ApiTags('运维 operations')
@Controller()
export class HealthController {
  constructor(
    @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[],
    @Inject(METRICS) private readonly metrics: PlatformMetrics,
  ) {}

  @Public()
  @Get('health/live')
  @ApiOperation({ summary: '存活检查 liveness: the process answers' })
  live() {
    return { status: 'ok' };
  }

  @Public()
  @Get('health/ready')
  @ApiOperation({ summary: '就绪检查 readiness: the event stores and the broker answer' })
  async ready(@Res() res: Response) {
    const report = await runReadinessChecks(this.checks);
    res.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(report);
  }

  @Public()
  @Get('metrics')
  @ApiOperation({ summary: 'Prometheus metrics' })
  async prometheus(@Res() res: Response) {
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
