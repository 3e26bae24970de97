import { randomUUID } from 'node:crypto';
import { ORG_TREE_STREAM } from '@sales/org/events';
import type { EventEnvelope } from '@sales/shared/event-sourcing';

/** The bench's people: the VP, a salesperson who owns the contract, its installer. */
export const BENCH_INSTALLER = { userId: 'bench-inst', role: 'installer' } as const;
const SYSTEM = { userId: 'system', role: 'admin' } as const;

function envelope(
  context: string,
  streamId: string,
  version: number,
  type: string,
  data: object,
  schemaVersion = 1,
): EventEnvelope {
  return {
    id: randomUUID(),
    context,
    streamId,
    version,
    type,
    schemaVersion,
    data,
    time: new Date().toISOString(),
    actor: SYSTEM,
    correlationId: randomUUID(),
  };
}

/** org's published hires (PersonHired v2) of the bench's people, on org's tree stream. */
export function benchOrgEvents(): EventEnvelope[] {
  const hire = (personId: string, name: string, role: string, managerId: string | null) => ({
    personId,
    name,
    role,
    divisionId: null,
    managerId,
    loginSubject: personId,
    effectiveOn: '2027-01-04',
  });
  return [
    hire('bench-vp', '张伟', 'vp', null),
    hire('bench-li', '李娜', 'salesperson', 'bench-vp'),
    hire('bench-inst', '郑师傅', 'installer', 'bench-vp'),
  ].map((data, i) => envelope('org', ORG_TREE_STREAM, i + 1, 'PersonHired', data, 2));
}

const party = (contractId: string) => ({
  contractId,
  customerId: 'bench-c',
  ownerId: 'bench-li',
  divisionId: null,
});

/** contracts' InstallersAssigned (v1) of the bench contract: the installer is on it. */
export function benchAssignment(contractId: string): EventEnvelope {
  return envelope('contracts', `installation-${contractId}`, 1, 'InstallersAssigned', {
    ...party(contractId),
    installerIds: [BENCH_INSTALLER.userId],
    assignedBy: 'bench-vp',
    assignedOn: '2027-03-01',
  });
}

/**
 * The i-th timed event (i from 0): delays on the installation stream and stop directives on the
 * directives stream in turn — each one notice to the installer, made at the moment it is sent.
 */
export function benchTimedEvent(contractId: string, i: number): EventEnvelope {
  const n = Math.floor(i / 2);
  if (i % 2 === 0)
    return envelope('contracts', `installation-${contractId}`, 2 + n, 'InstallationMilestoneDelayed', {
      ...party(contractId),
      milestone: 'finish',
      previousDate: '2027-03-20',
      newDate: '2027-04-02',
      reason: `延期 ${n}`,
      delayedBy: 'bench-vp',
      recordedOn: '2027-03-01',
    });
  return envelope('contracts', `directives-${contractId}`, 1 + n, 'StopDirectiveIssued', {
    ...party(contractId),
    directiveId: `dir-${n}`,
    reason: `停工 ${n}`,
    issuedBy: 'bench-vp',
    issuedByRole: 'vp',
    issuedOn: '2027-03-01',
  });
}
