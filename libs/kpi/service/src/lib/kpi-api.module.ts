import { Module } from '@nestjs/common';
import { KPI_DETAIL_LABELS, KPI_ERROR_MESSAGES } from '@sales/kpi/domain';
import { KPI_CONTEXT, KPI_EVENT_CATALOGUE } from '@sales/kpi/events';
import { ActorDirectories } from '@sales/shared/auth';
import { CONTEXT_DETAIL_NAMES } from '@sales/shared/http';
import { EventSourcedContextModule } from '@sales/shared/runtime';
import { CALENDAR_SLICE } from './calendar/calendar.slice';
import { KpiFactCache } from './fact-store/fact-cache.provider';
import { KPI_FACT_SOURCE } from './fact-store/fact-source.port';
import { KpiFactStoreModule } from './fact-store/kpi-fact-store.module';
import { KpiFiguresController } from './figures/kpi-figures.controller';
import { KpiFiguresService } from './figures/kpi-figures.service';
import { KpiOrg } from './org/kpi-org';
import { KpiPeriodCloser } from './period-close/kpi-period-closer';
import { KpiTablesController } from './tables/kpi-tables.controller';
import { KpiTablesService } from './tables/kpi-tables.service';

/**
 * The KPI read-model API (issue 11): figures per salesperson, division and company from the
 * projector's facts (followed in memory by KpiFactCache), and the work calendar P4 counts on —
 * the kpi context's one event-sourced stream per year. Runs in `kpi-api` or inside `standalone`.
 * It keeps no replica of org: org's changes are among the facts (KpiOrg).
 */
@Module({
  imports: [
    KpiFactStoreModule,
    EventSourcedContextModule.register({
      context: KPI_CONTEXT,
      publishedEvents: KPI_EVENT_CATALOGUE,
      errorMessages: KPI_ERROR_MESSAGES,
      detailLabels: KPI_DETAIL_LABELS,
      openApiTags: [
        {
          name: 'KPI 考核指标 figures',
          description:
            '业务员、事业部、公司的月度 / 季度 / 年度考核指标（P1–P8），可按任一日期回看（asOf），每项指标可展开计算过程（explain）。业务员看本人，事业部经理看本事业部，副总、总经理、市场部主管和系统管理员看全部。' +
            ' KPIs of a salesperson, a division or the company per month, quarter or year (P1–P8), as known on any date (asOf), each explained. A salesperson sees their own, a manager the division, the VP, general manager, sales admin and admin everything.',
        },
        {
          name: 'KPI 工作日历 work calendar',
          description:
            '每年的工作日安排（周末、法定节假日、调休上班日），由市场部主管或副总维护；P4 的工作日按它计算。 Each year’s working days (weekends, public holidays, make-up working days), kept by the sales admin or the VP; P4 counts working days by it.',
        },
        {
          name: 'KPI 读模型 read model',
          description:
            'KPI 投影的状态与重建（系统管理员）。 The KPI projector’s state and rebuilds (IT administration).',
        },
      ],
    }),
  ],
  controllers: [...CALENDAR_SLICE.controllers, KpiFiguresController, KpiTablesController],
  providers: [
    KpiFactCache,
    { provide: KPI_FACT_SOURCE, useExisting: KpiFactCache },
    KpiOrg,
    { provide: CONTEXT_DETAIL_NAMES, useExisting: KpiOrg },
    ...CALENDAR_SLICE.providers,
    KpiFiguresService,
    KpiTablesService,
    KpiPeriodCloser,
  ],
})
export class KpiApiModule {
  constructor(directories: ActorDirectories, org: KpiOrg) {
    directories.add(org.directory());
  }
}
