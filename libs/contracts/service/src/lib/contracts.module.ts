import { Module } from '@nestjs/common';
import { CONTRACTS_DETAIL_LABELS, CONTRACTS_ERROR_MESSAGES } from '@sales/contracts/domain';
import { CONTRACTS_CONTEXT, CONTRACTS_EVENT_CATALOGUE } from '@sales/contracts/events';
import { CUSTOMERS_CONTEXT } from '@sales/customers/events';
import { ORG_CONTEXT } from '@sales/org/events';
import { ActorDirectories } from '@sales/shared/auth';
import { CONTEXT_DETAIL_NAMES } from '@sales/shared/http';
import { EventSourcedContextModule } from '@sales/shared/runtime';
import { DIRECTIVES_SLICE } from './directives/directives.slice';
import { FORMS_SLICE } from './forms/forms.slice';
import { ContractsOrgReader } from './org/contracts-org.reader';
import { REPORTS_SLICE } from './reports/reports.slice';
import { FormsService } from './forms/forms.service';
import { ReportsService } from './reports/reports.service';
import { ContractService } from './signing/contract.service';
import { InstallationService } from './installation/installation.service';
import { DirectivesService } from './directives/directives.service';
import { ReceivablesService } from './receivables/receivables.service';
import { SIGNING_SLICE } from './signing/signing.slice';
import { INSTALLATION_SLICE } from './installation/installation.slice';
import { RECEIVABLES_SLICE } from './receivables/receivables.slice';
import { CATALOGUE_SLICE } from './catalogue/catalogue.slice';

/**
 * Contracts (K1–K6). Knows org and customers only through its replicas of their published
 * events; runs in `contracts-service` or inside `standalone`. Each slice (forms, reports,
 * directives; signing, installation and receivables to come) brings its controllers and providers.
 */
@Module({
  imports: [
    EventSourcedContextModule.register({
      context: CONTRACTS_CONTEXT,
      publishedEvents: CONTRACTS_EVENT_CATALOGUE,
      errorMessages: CONTRACTS_ERROR_MESSAGES,
      detailLabels: CONTRACTS_DETAIL_LABELS,
      replicas: [ORG_CONTEXT, CUSTOMERS_CONTEXT],
      openApiTags: [
        {
          name: '合同 contracts',
          description:
            '合同领用登记、签约前报备、签约、安装验收、应收账款与停工指示 / numbered forms, the pre-signing report, ' +
            'signing, installation to acceptance, receivables and stop directives (K1–K6).',
        },
      ],
    }),
  ],
  controllers: [
    ...CATALOGUE_SLICE.controllers,
    ...FORMS_SLICE.controllers,
    ...REPORTS_SLICE.controllers,
    ...INSTALLATION_SLICE.controllers,
    ...RECEIVABLES_SLICE.controllers,
    ...DIRECTIVES_SLICE.controllers,
    // `/contracts/:contractId` goes last, after the other slices' fixed paths.
    ...SIGNING_SLICE.controllers,
  ],
  providers: [
    ContractsOrgReader,
    // Refusals name people and divisions as people know them.
    { provide: CONTEXT_DETAIL_NAMES, useExisting: ContractsOrgReader },
    ...CATALOGUE_SLICE.providers,
    ...FORMS_SLICE.providers,
    ...REPORTS_SLICE.providers,
    ...SIGNING_SLICE.providers,
    ...INSTALLATION_SLICE.providers,
    ...RECEIVABLES_SLICE.providers,
    ...DIRECTIVES_SLICE.providers,
  ],
  // For the demo loader of `standalone`, which records through the same services as users.
  exports: [
    FormsService,
    ReportsService,
    ContractService,
    InstallationService,
    DirectivesService,
    ReceivablesService,
  ],
})
export class ContractsModule {
  /** Its copy of org's tree answers "who is this?" where org itself is not mounted (contracts-service). */
  constructor(directories: ActorDirectories, org: ContractsOrgReader) {
    directories.add({
      priority: 1,
      placeOf: (subject) => org.placeOf(subject),
      hasPerson: (personId) => org.hasPerson(personId),
    });
  }
}
