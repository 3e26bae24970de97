import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type ContractView,
  type ReceivableCommand,
  type ReceivableState,
  inReceivablesScope,
  instalmentStandings,
  netReceivedMinor,
  receivableDecider,
  receivableStreamId,
  receivablesScopeOf,
} from '@sales/contracts/domain';
import type { PaymentMethod } from '@sales/contracts/events';
import {
  type Actor,
  type BusinessDate,
  type Clock,
  ForbiddenError,
  SYSTEM_ACTOR,
  formatMoney,
} from '@sales/shared/domain';
import { type CommandOutcome, commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { ContractsOrgReader } from '../org/contracts-org.reader';
import { ReceivableContracts } from './receivable-contracts';
import { receivablesPerson } from './receivables-person';

export type InvoiceInput = Readonly<{
  invoiceId?: string;
  instalmentId: string;
  amountMinor: number;
  currency?: string;
  issuedOn: BusinessDate;
  dueOn: BusinessDate;
}>;

export type PaymentInput = Readonly<{
  paymentId?: string;
  amountMinor: number;
  currency?: string;
  receivedOn: BusinessDate;
  method: PaymentMethod;
  invoiceId: string | null;
}>;

export type ReversalInput = Readonly<{
  reversalId?: string;
  amountMinor: number;
  reversedOn: BusinessDate;
  reason: string;
}>;

/**
 * 应收账款 (K5): the receivable aggregate (`receivable-<contractId>` streams). Finance records
 * invoices, payments and reversals against the contract as `contractView` reads it; the overdue
 * round marks instalments overdue; readers in scope see the instalments' standing.
 */
@Injectable()
export class ReceivablesService {
  constructor(
    @InjectContext('contracts') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: ContractsOrgReader,
    private readonly contracts: ReceivableContracts,
  ) {}

  async issueInvoice(contractId: string, input: InvoiceInput, actor: Actor) {
    const invoiceId = input.invoiceId ?? randomUUID();
    const outcome = await this.execute(contractId, actor, async (contract) => ({
      type: 'IssueInvoice',
      data: { ...(await this.circumstances(contract, actor)), ...input, invoiceId },
    }));
    return { ...outcome, invoiceId };
  }

  voidInvoice(
    contractId: string,
    invoiceId: string,
    reason: string,
    voidedOn: BusinessDate | undefined,
    actor: Actor,
  ) {
    return this.execute(contractId, actor, async (contract) => ({
      type: 'VoidInvoice',
      data: {
        ...(await this.circumstances(contract, actor)),
        invoiceId,
        reason,
        voidedOn: voidedOn ?? this.clock.today(),
      },
    }));
  }

  async recordPayment(contractId: string, input: PaymentInput, actor: Actor) {
    const paymentId = input.paymentId ?? randomUUID();
    const outcome = await this.execute(contractId, actor, async (contract) => ({
      type: 'RecordPayment',
      data: { ...(await this.circumstances(contract, actor)), ...input, paymentId },
    }));
    return { ...outcome, paymentId };
  }

  async reversePayment(contractId: string, reversalOf: string, input: ReversalInput, actor: Actor) {
    const paymentId = input.reversalId ?? randomUUID();
    const { amountMinor, reversedOn, reason } = input;
    const outcome = await this.execute(contractId, actor, async (contract) => ({
      type: 'ReversePayment',
      data: {
        ...(await this.circumstances(contract, actor)),
        paymentId,
        reversalOf,
        amountMinor,
        reversedOn,
        reason,
      },
    }));
    return { ...outcome, paymentId };
  }

  /** The overdue round's visit of one contract (idempotent: decided in the receivable stream). */
  markOverdue(contractId: string, today: BusinessDate): Promise<CommandOutcome> {
    return this.execute(contractId, SYSTEM_ACTOR, async (contract) => ({
      type: 'MarkOverdueInstalments',
      data: { contract, today },
    }));
  }

  /** 应收明细: the plan's instalments with their standing as of a date, invoices, payments, reversals. */
  async view(contractId: string, asOf: BusinessDate | undefined, actor: Actor) {
    const contract = await this.contracts.contract(contractId);
    await this.assertReadable(contract, actor);
    const receivable = await this.contracts.receivable(contractId);
    const date = asOf ?? this.clock.today();
    return receivableView(contract, receivable, date);
  }

  private async circumstances(contract: ContractView, actor: Actor) {
    const by = receivablesPerson(await this.org.treeToday(), actor);
    return { contract, by, today: this.clock.today() };
  }

  private async assertReadable(contract: ContractView, actor: Actor): Promise<void> {
    const tree = await this.org.treeToday();
    const scope = receivablesScopeOf(receivablesPerson(tree, actor), tree);
    if (!inReceivablesScope(scope, contract))
      throw new ForbiddenError('receivable-outside-scope', {
        contractId: contract.terms.contractId,
        ownerId: contract.ownerId,
      });
  }

  /**
   * Decided against the contract read from its stream just before (owner, division, status):
   * the contract stream and the receivable stream are separate, so a transfer recorded in the
   * same instant may be seen one command late — the event still names the contract.
   */
  private async execute(
    contractId: string,
    actor: Actor,
    commandFor: (contract: ContractView) => Promise<ReceivableCommand>,
  ): Promise<CommandOutcome> {
    const command = await commandFor(await this.contracts.contract(contractId));
    const streamId = receivableStreamId(contractId);
    const result = await this.runtime.commands.execute(receivableDecider, streamId, command, actor);
    await this.contracts.record(contractId, result.events);
    return commandOutcome(result);
  }
}

/** The receivable as people read it: money also in 元, instalments by the allocation rule. */
export function receivableView(contract: ContractView, receivable: ReceivableState, asOf: BusinessDate) {
  const { currency, contractId, customerId, amountMinor } = contract.terms;
  const yuan = (minor: number) => formatMoney(minor, currency);
  const received = netReceivedMinor(receivable, asOf);
  const instalments = instalmentStandings(contract.terms.paymentPlan, received, asOf).map((s) => ({
    ...s,
    outstanding: yuan(s.outstandingMinor),
  }));
  return {
    contractId,
    customerId,
    ownerId: contract.ownerId,
    divisionId: contract.divisionId,
    status: contract.status,
    asOf,
    currency,
    amountMinor,
    receivedMinor: received,
    outstandingMinor: amountMinor - received,
    amount: yuan(amountMinor),
    received: yuan(received),
    outstanding: yuan(amountMinor - received),
    allocationRule:
      '实收（回款减冲销，含预收）按计划到期日先后依次冲抵各期 / net receipts (payments less reversals, prepayments included) fill the instalments in due-date order',
    instalments,
    invoices: receivable.invoices.map((i) => ({
      ...i,
      status: i.voided
        ? 'voided'
        : i.settledMinor >= i.amountMinor
          ? 'settled'
          : i.settledMinor > 0
            ? 'partly_settled'
            : 'open',
    })),
    payments: receivable.payments,
    reversals: receivable.reversals,
    overdueAnnounced: receivable.overdueInstalments,
  };
}
