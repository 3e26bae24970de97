import 'reflect-metadata';
import { OrgModule } from '@sales/org/service';
import { runApp, serviceApp } from '@sales/shared/runtime';

/** Org alone, against Kafka and MongoDB (distributed mode). */
void runApp(
  serviceApp({ name: 'org-service', title: '组织服务 Org service', port: 3001, context: OrgModule }),
);
