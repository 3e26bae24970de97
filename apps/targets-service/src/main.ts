import 'reflect-metadata';
import { runApp, serviceApp } from '@sales/shared/runtime';
import { TargetsModule } from '@sales/targets/service';

/** Targets alone, against Kafka and MongoDB (distributed mode); it learns the org tree from org's events. */
void runApp(
  serviceApp({
    name: 'targets-service',
    title: '目标服务 Targets service',
    port: 3002,
    context: TargetsModule,
  }),
);
