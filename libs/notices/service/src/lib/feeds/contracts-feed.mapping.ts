import type {
  ContractSignedV1,
  ContractTransferredV1,
  InstallationMilestoneDelayedV1,
  InstallersAssignedV1,
  InstalmentOverdueV1,
  ReportRevisedV1,
  ReportSubmittedV1,
  StopDirectiveIssuedV1,
  StopDirectiveLiftedV1,
} from '@sales/contracts/events';
import type { ContractPartiesChange, NoticeOccasion } from '@sales/notices/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { dataOf, sourceOf } from './feed-source';

/** What one of contracts' published events means to notices: a ledger note, a notice occasion, or both. */
export type ContractsFeedRead = Readonly<{
  /** The contract whose ledger the event notes or whose parties the notice needs. */
  contractId: string | null;
  change: ContractPartiesChange | null;
  occasion: NoticeOccasion | null;
}>;

type Data<E extends { data: unknown }> = E['data'];

/** contracts' published events → notices (the types and versions read here; others are skipped). */
export function contractsFeedRead(event: EventEnvelope): ContractsFeedRead | undefined {
  const source = sourceOf(event);
  const signed =
    dataOf<Data<ContractSignedV1>>(event, 'ContractSigned') ??
    dataOf<Data<ContractTransferredV1>>(event, 'ContractTransferred');
  if (signed) {
    const { contractId, formNumber, ownerId } = signed;
    return { contractId, change: { kind: 'owner', contractId, formNumber, ownerId }, occasion: null };
  }
  const assigned = dataOf<Data<InstallersAssignedV1>>(event, 'InstallersAssigned');
  if (assigned) {
    const { contractId, installerIds } = assigned;
    return { contractId, change: { kind: 'installers', contractId, installerIds }, occasion: null };
  }
  const delayed = dataOf<Data<InstallationMilestoneDelayedV1>>(event, 'InstallationMilestoneDelayed');
  if (delayed) {
    const { contractId, customerId, ownerId, milestone, previousDate, newDate, reason, delayedBy } = delayed;
    const facts = {
      kind: 'installation-delayed' as const,
      ...{ contractId, customerId, ownerId, milestone, previousDate, newDate, reason, delayedBy },
    };
    return { contractId, change: null, occasion: { source, facts } };
  }
  const issued = dataOf<Data<StopDirectiveIssuedV1>>(event, 'StopDirectiveIssued');
  if (issued) {
    const { contractId, customerId, ownerId, directiveId, reason, issuedBy, issuedOn } = issued;
    const facts = {
      kind: 'stop-directive-issued' as const,
      ...{ contractId, customerId, ownerId, directiveId, reason, issuedBy, issuedOn },
    };
    return {
      contractId,
      change: { kind: 'directive-issued', directive: { directiveId, facts, source } },
      occasion: { source, facts },
    };
  }
  const lifted = dataOf<Data<StopDirectiveLiftedV1>>(event, 'StopDirectiveLifted');
  if (lifted) {
    const { contractId, customerId, ownerId, directiveId, reason, liftedBy, liftedOn, stillActive } = lifted;
    const facts = {
      kind: 'stop-directive-lifted' as const,
      ...{ contractId, customerId, ownerId, directiveId, reason, liftedBy, liftedOn, stillActive },
    };
    return {
      contractId,
      change: { kind: 'directive-lifted', contractId, directiveId },
      occasion: { source, facts },
    };
  }
  const overdue = dataOf<Data<InstalmentOverdueV1>>(event, 'InstalmentOverdue');
  if (overdue) {
    const { contractId, customerId, ownerId, instalmentId, name, dueOn, outstandingMinor, currency } =
      overdue;
    const facts = {
      kind: 'instalment-overdue' as const,
      ...{ contractId, customerId, ownerId, instalmentId, instalmentName: name, dueOn },
      ...{ outstandingMinor, currency },
    };
    return { contractId: null, change: null, occasion: { source, facts } };
  }
  const report =
    dataOf<Data<ReportSubmittedV1>>(event, 'ReportSubmitted') ??
    dataOf<Data<ReportRevisedV1>>(event, 'ReportRevised');
  if (report) {
    const { reportId, revision, salespersonId, customerId, divisionId } = report;
    const facts = {
      kind: 'approval-waiting' as const,
      what: 'report-approval' as const,
      ...{ reportId, revision, salespersonId, customerId, aspect: null },
    };
    return { contractId: null, change: null, occasion: { source, facts, divisionId } };
  }
  return undefined;
}
