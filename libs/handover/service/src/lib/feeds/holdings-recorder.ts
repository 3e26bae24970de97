import { Injectable } from '@nestjs/common';
import {
  type HandoverLedgerCommand,
  contractRecordDecider,
  contractRecordStreamId,
  contractStanding,
  customerRecordDecider,
  customerRecordStreamId,
  handoverLedgerDecider,
  handoverStreamId,
} from '@sales/handover/domain';
import { SYSTEM_ACTOR } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { HandoverCaseIndex } from '../cases/handover-case-index';
import type { ContractsFeedEffect } from './contracts-feed.mapping';
import type { CustomersFeedEffect } from './customers-feed.mapping';

/**
 * Writes what customers and contracts published into handover's own streams: a note per customer
 * and per contract (name, owner, amounts), then the holdings of the people concerned. Every write
 * is keyed by the source event's id, so a redelivered event — after a crash between two of these
 * writes, a rebalance, a replay — redoes what was missing and nothing twice.
 */
@Injectable()
export class HoldingsRecorder {
  constructor(
    @InjectContext('handover') private readonly runtime: ContextRuntime,
    private readonly index: HandoverCaseIndex,
  ) {}

  async customers(event: EventEnvelope, effect: CustomersFeedEffect): Promise<void> {
    const sourceEventId = event.id;
    const { customerId } = effect;
    const fact =
      effect.kind === 'registered'
        ? ({ kind: 'registered', name: effect.name, ownerId: effect.ownerId } as const)
        : effect.kind === 'renamed'
          ? ({ kind: 'renamed', name: effect.name } as const)
          : effect.kind === 'owner-changed'
            ? ({ kind: 'owner-changed', toOwnerId: effect.toOwnerId } as const)
            : ({ kind: 'merged', survivorId: effect.survivorId } as const);
    const { state: record } = await this.runtime.commands.execute(
      customerRecordDecider,
      customerRecordStreamId(customerId),
      { type: 'RecordCustomerFact', data: { customerId, sourceEventId, fact } },
      SYSTEM_ACTOR,
      { causationId: event.id, correlationId: event.correlationId },
    );
    const taken = (personId: string) =>
      this.ledger(event, personId, {
        type: 'RecordCustomerTaken',
        data: { personId, sourceEventId, customerId },
      });
    switch (effect.kind) {
      case 'registered':
        if (effect.ownerId) await taken(effect.ownerId);
        return;
      case 'renamed':
        return;
      case 'owner-changed': {
        const { fromOwnerId, toOwnerId, on } = effect;
        if (fromOwnerId) {
          const how = toOwnerId ? 'transferred' : 'pooled';
          await this.ledger(event, fromOwnerId, {
            type: 'RecordCustomerGone',
            data: { personId: fromOwnerId, sourceEventId, customerId, how, toPersonId: toOwnerId, on },
          });
        }
        if (toOwnerId) await taken(toOwnerId);
        return;
      }
      case 'merged': {
        // The merged record's owner (as the note kept it) loses it; the survivor's owner is unchanged.
        const ownerId = record.ownerId;
        if (ownerId)
          await this.ledger(event, ownerId, {
            type: 'RecordCustomerGone',
            data: {
              personId: ownerId,
              sourceEventId,
              customerId,
              how: 'merged',
              toPersonId: null,
              on: effect.on,
            },
          });
        return;
      }
    }
  }

  async contracts(event: EventEnvelope, effect: ContractsFeedEffect): Promise<void> {
    const sourceEventId = event.id;
    switch (effect.kind) {
      case 'forms-issued': {
        const { holderId: personId, year, numbers } = effect;
        await this.ledger(event, personId, {
          type: 'RecordFormsTaken',
          data: { personId, sourceEventId, year, numbers },
        });
        return;
      }
      case 'form-ended': {
        const { holderId: personId, number, how, on } = effect;
        await this.ledger(event, personId, {
          type: 'RecordFormEnded',
          data: { personId, sourceEventId, number, how, on },
        });
        return;
      }
      case 'contract':
        return this.contract(event, effect);
    }
  }

  private async contract(event: EventEnvelope, effect: Extract<ContractsFeedEffect, { kind: 'contract' }>) {
    const sourceEventId = event.id;
    const { contractId, fact, fromOwnerId, on } = effect;
    const { state: record } = await this.runtime.commands.execute(
      contractRecordDecider,
      contractRecordStreamId(contractId),
      { type: 'RecordContractFact', data: { contractId, sourceEventId, fact } },
      SYSTEM_ACTOR,
      { causationId: event.id, correlationId: event.correlationId },
    );
    const contract = contractStanding(record);
    // Who the event names (a redelivered old transfer must not move a later owner's copy), else
    // the owner as the note has it (payments and installation steps name no owner reliably).
    const ownerId = fact.kind === 'terms' ? fact.ownerId : record.terms?.ownerId;
    if (!contract || !ownerId) return;
    if (fromOwnerId && fromOwnerId !== ownerId)
      await this.ledger(event, fromOwnerId, {
        type: 'RecordContractGone',
        data: { personId: fromOwnerId, sourceEventId, contractId, toPersonId: ownerId, on },
      });
    // Signed or transferred: the owner takes it (with whatever payments arrived first); anything
    // else: the owner's copy of its standing moves.
    await this.ledger(
      event,
      ownerId,
      fact.kind === 'terms' && !fact.terminated
        ? { type: 'RecordContractTaken', data: { personId: ownerId, sourceEventId, contract } }
        : { type: 'RecordContractStanding', data: { personId: ownerId, contract, on } },
    );
  }

  private async ledger(
    event: EventEnvelope,
    personId: string,
    command: HandoverLedgerCommand,
  ): Promise<void> {
    const result = await this.runtime.commands.execute(
      handoverLedgerDecider,
      handoverStreamId(personId),
      command,
      SYSTEM_ACTOR,
      { causationId: event.id, correlationId: event.correlationId },
    );
    this.index.record(result.state);
  }
}
