import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from '@sales/shared/config';
import { AppraisalModule } from '@sales/appraisal/service';
import { ContractsModule } from '@sales/contracts/service';
import { CustomersModule } from '@sales/customers/service';
import { HandoverModule } from '@sales/handover/service';
import { KpiApiModule, KpiProjectorModule } from '@sales/kpi/service';
import { DemoAppraisalLoader } from './demo/demo-appraisal.loader';
import { DemoContractsLoader } from './demo/demo-contracts.loader';
import { DemoCustomersLoader } from './demo/demo-customers.loader';
import { DemoDepartmentLoader } from './demo/demo-department.loader';
import { NoticesModule } from '@sales/notices/service';
import { OrgModule } from '@sales/org/service';
import { PlatformModule } from '@sales/shared/runtime';
import { TargetsModule } from '@sales/targets/service';

/**
 * Every context in one process (the embedded default): in-process bus, file-backed stores under
 * DATA_DIR. The same modules run as separate services in distributed mode.
 */
@Module({})
export class StandaloneModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: StandaloneModule,
      imports: [
        PlatformModule.forRoot(config, logger),
        OrgModule,
        TargetsModule,
        CustomersModule,
        ContractsModule,
        KpiProjectorModule,
        KpiApiModule,
        AppraisalModule,
        HandoverModule,
        NoticesModule,
      ],
      providers: [DemoDepartmentLoader, DemoCustomersLoader, DemoContractsLoader, DemoAppraisalLoader],
    };
  }
}
