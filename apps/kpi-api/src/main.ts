import 'reflect-metadata';
import { KpiApiModule } from '@sales/kpi/service';
import { runApp, serviceApp } from '@sales/shared/runtime';

/**
 * The KPI read-model API alone (distributed mode): figures per salesperson, division and company
 * from the projector's read model (the same database as kpi-projector), and the work calendar.
 */
void runApp(
  serviceApp({
    name: 'kpi-api',
    title: 'KPI 查询 KPI API',
    port: 3006,
    context: KpiApiModule,
  }),
);
