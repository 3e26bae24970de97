import { ORG_EVENT_CATALOGUE, currentOrgEvent } from '@sales/org/events';
import { businessDateOf } from '@sales/shared/domain';
import { CONTRACTS_FACT_READERS } from './contracts-facts';
import { CUSTOMERS_FACT_READERS } from './customers-facts';
import type { FactReaders } from './fact-reader';
import type { FactOrigin, KpiFact, ReceivedEvent } from './kpi-fact';
import { TARGETS_FACT_READERS } from './targets-facts';

/** A published event the projector needs but cannot read (a version it does not know). */
export class UnreadableEventError extends Error {
  readonly code = 'unreadable-event';
  constructor(readonly event: Pick<ReceivedEvent, 'id' | 'context' | 'type' | 'schemaVersion'>) {
    super(
      `the KPI projection cannot read ${event.context}.${event.type}.v${event.schemaVersion} (${event.id})`,
    );
    this.name = 'UnreadableEventError';
  }
}

const ORG_TYPES = new Set(ORG_EVENT_CATALOGUE.map((spec) => spec.type));

/** The readers by context (org's changes are kept whole, below). */
const READERS: Readonly<Record<string, FactReaders>> = {
  targets: TARGETS_FACT_READERS,
  contracts: CONTRACTS_FACT_READERS,
  customers: CUSTOMERS_FACT_READERS,
};

/**
 * The facts one published event gives the KPI read model: none for events no figure uses, and
 * an UnreadableEventError for a version of a needed type this projection does not know — the
 * projector dead-letters it rather than count a figure without it.
 */
export function factsOf(event: ReceivedEvent, timeZone: string): KpiFact[] {
  const recordedOn = businessDateOf(new Date(event.time), timeZone);
  const origin = (businessDate: string, n?: number): FactOrigin => ({
    factId: n === undefined ? event.id : `${event.id}#${n}`,
    eventId: event.id,
    context: event.context,
    eventType: event.type,
    schemaVersion: event.schemaVersion,
    recordedAt: new Date(event.time).toISOString(),
    businessDate: businessDate || recordedOn,
  });
  if (event.context === 'org') {
    if (!ORG_TYPES.has(event.type)) return [];
    const current = currentOrgEvent(event);
    if (!current) throw new UnreadableEventError(event);
    const effectiveOn = (current.data as { effectiveOn?: string }).effectiveOn ?? recordedOn;
    return [
      {
        ...origin(effectiveOn),
        kind: 'org-change',
        event: { type: event.type, schemaVersion: event.schemaVersion, data: event.data },
      },
    ];
  }
  const reader = READERS[event.context]?.[event.type];
  if (!reader) return [];
  if (!reader.versions.includes(event.schemaVersion)) throw new UnreadableEventError(event);
  return reader.read(event, origin);
}
