import 'reflect-metadata';
import { ContractsModule } from '@sales/contracts/service';
import { runApp, serviceApp } from '@sales/shared/runtime';

/** Contracts alone, against Kafka and MongoDB (distributed mode); it learns the org tree and the customers from their events. */
void runApp(
  serviceApp({
    name: 'contracts-service',
    title: '合同服务 Contracts service',
    port: 3004,
    context: ContractsModule,
  }),
);
