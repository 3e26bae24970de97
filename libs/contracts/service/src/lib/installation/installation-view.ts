import { type ContractView, type InstallationState, overdueMilestones } from '@sales/contracts/domain';
import { INSTALLATION_MILESTONES, INSTALLATION_MILESTONE_LABELS } from '@sales/contracts/events';
import type { BusinessDate } from '@sales/shared/domain';

/** A contract's installation as people read it: installers, the survey in force, each milestone planned/actual/delays. */
export function installationView(
  contract: ContractView,
  installation: InstallationState,
  today: BusinessDate,
) {
  const overdue = new Set(overdueMilestones(installation, today).map((m) => m.milestone));
  return {
    contractId: contract.terms.contractId,
    formNumber: contract.terms.formNumber,
    customerId: contract.terms.customerId,
    ownerId: contract.ownerId,
    divisionId: contract.divisionId,
    contractStatus: contract.status,
    installerIds: installation.installerIds,
    survey: installation.surveys.at(-1) ?? null,
    surveys: installation.surveys.length,
    milestones: INSTALLATION_MILESTONES.map((milestone) => {
      const m = installation.milestones[milestone];
      return {
        milestone,
        label: INSTALLATION_MILESTONE_LABELS[milestone],
        plannedOn: m.plannedOn,
        originallyPlannedOn: m.originallyPlannedOn,
        delays: m.delays,
        reachedOn: m.reached?.on ?? null,
        recordedBy: m.reached?.recordedBy ?? null,
        acceptedBy: m.reached?.acceptedBy ?? null,
        overdue: overdue.has(milestone),
      };
    }),
    stage: [...INSTALLATION_MILESTONES].reverse().find((m) => installation.milestones[m].reached) ?? null,
  };
}
