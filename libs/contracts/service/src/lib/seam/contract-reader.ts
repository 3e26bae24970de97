import { type ContractView, contractStreamId, contractView } from '@sales/contracts/domain';
import type { EventStore } from '@sales/shared/event-sourcing';

/**
 * A contract as the seam (`contractView` on `contract-<id>`) has it now, read afresh from the
 * contracts store: directives and installation decide on the owner and status of this moment.
 */
export async function readContract(
  store: Pick<EventStore, 'readStream'>,
  contractId: string,
): Promise<ContractView | undefined> {
  const { events } = await store.readStream(contractStreamId(contractId));
  return contractView(events);
}
