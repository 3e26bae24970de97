import 'reflect-metadata';
import { KpiProjectorModule } from '@sales/kpi/service';
import { runApp, serviceApp } from '@sales/shared/runtime';

/**
 * The KPI projector alone (distributed mode): its own consumer group on org's, targets',
 * customers' and contracts' topics, writing the KPI read model into its own database.
 */
void runApp(
  serviceApp({
    name: 'kpi-projector',
    title: 'KPI 投影 KPI projector',
    port: 3005,
    context: KpiProjectorModule,
  }),
);
