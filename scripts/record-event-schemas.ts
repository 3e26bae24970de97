import { join } from 'node:path';
import { APPRAISAL_EVENT_CATALOGUE } from '@sales/appraisal/events';
import { CONTRACTS_EVENT_CATALOGUE } from '@sales/contracts/events';
import { CUSTOMERS_EVENT_CATALOGUE } from '@sales/customers/events';
import { HANDOVER_EVENT_CATALOGUE } from '@sales/handover/events';
import { KPI_EVENT_CATALOGUE } from '@sales/kpi/events';
import { NOTICES_EVENT_CATALOGUE } from '@sales/notices/events';
import { ORG_EVENT_CATALOGUE } from '@sales/org/events';
import { TARGETS_EVENT_CATALOGUE } from '@sales/targets/events';
import { recordNewSchemas } from '@sales/shared/testing';

/**
 * `npm run events:schemas`: commits-to-be of newly published event versions. Writes only files
 * that do not exist; a changed version is refused by the specs, not overwritten here.
 */
const root = join(__dirname, '..');
const catalogues = {
  org: ORG_EVENT_CATALOGUE,
  targets: TARGETS_EVENT_CATALOGUE,
  customers: CUSTOMERS_EVENT_CATALOGUE,
  contracts: CONTRACTS_EVENT_CATALOGUE,
  kpi: KPI_EVENT_CATALOGUE,
  appraisal: APPRAISAL_EVENT_CATALOGUE,
  handover: HANDOVER_EVENT_CATALOGUE,
  notices: NOTICES_EVENT_CATALOGUE,
};
for (const [context, catalogue] of Object.entries(catalogues)) {
  for (const path of recordNewSchemas(catalogue, join(root, 'libs', context, 'events', 'schemas'))) {
    console.log(`recorded ${path}`);
  }
}
