import 'reflect-metadata';
import { CustomersModule } from '@sales/customers/service';
import { runApp, serviceApp } from '@sales/shared/runtime';

/** Customers alone, against Kafka and MongoDB (distributed mode); it learns the org tree from org's events. */
void runApp(
  serviceApp({
    name: 'customers-service',
    title: '客户服务 Customers service',
    port: 3003,
    context: CustomersModule,
  }),
);
