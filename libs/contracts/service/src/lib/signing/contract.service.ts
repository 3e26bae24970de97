import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  type ContractCommand,
  type InstalmentInput,
  type SignContract,
  type SignedContract,
  contractDecider,
  contractStreamId,
  formYearOf,
} from '@sales/contracts/domain';
import {
  type Actor,
  type BusinessDate,
  type Clock,
  DomainError,
  NotFoundError,
  ConflictError,
  isBusinessDate,
} from '@sales/shared/domain';
import { commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { FormBooks } from '../forms/form-books';
import { FormsService } from '../forms/forms.service';
import { ContractsOrgReader } from '../org/contracts-org.reader';
import { contractDetails } from './contract-details';
import { ContractIndex } from './contract-index';
import { SigningCatalogue } from './signing-catalogue';
import { SigningCustomers } from './signing-customers';
import { contractActor, contractPersonIn } from './signing-people';
import {
  APPROVED_REPORTS,
  type ApprovedReports,
  CUSTOMER_CREDIT,
  type CustomerCredit,
} from './signing-ports';

export type SigningInput = Readonly<{
  contractId?: string;
  formNumber: string;
  customerId: string;
  signerId?: string;
  signedOn: BusinessDate;
  currency: string;
  amountMinor: number;
  costEstimateMinor: number;
  lines: readonly Readonly<{ productLineId: string; amountMinor: number; vatBasisPoints?: number }>[];
  paymentPlan: readonly InstalmentInput[];
  reportOverrideReason?: string;
  creditOverrideReason?: string;
}>;

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{1,100}$/;

/**
 * 签约 (K3): the contract aggregate (`contract-<id>` streams). A signing writes two streams with no
 * transaction between them: first the form book (FormsService.use binds the form to the contract
 * id), then the contract stream. Every refusal is decided before the first write (the decider is
 * pure, so it is run once on the empty contract first), so what can fail between the two writes
 * is only the process or the store.
 *
 * The crash window: the form is used for contract X and X's stream is still empty. Nothing is
 * lost — the form stays bound to X and no other contract can take it — and a retry completes X:
 * - with the same contractId (sent by the client, or derived from the same Idempotency-Key), the
 *   form use is a no-op (already used for X) and the contract is written;
 * - without an id the signer's retry on the same form adopts X (the form is theirs, X is empty);
 * - with a different explicit id it is refused (409 form-bound-to-unsigned-contract, naming X).
 * `incompleteSignings` lists such bindings so the sales admin can chase them.
 */
@Injectable()
export class ContractService {
  constructor(
    @InjectContext('contracts') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: ContractsOrgReader,
    private readonly forms: FormsService,
    private readonly books: FormBooks,
    private readonly customers: SigningCustomers,
    private readonly catalogue: SigningCatalogue,
    private readonly index: ContractIndex,
    @Optional() @Inject(APPROVED_REPORTS) private readonly reports?: ApprovedReports,
    @Optional() @Inject(CUSTOMER_CREDIT) private readonly credit?: CustomerCredit,
  ) {}

  async sign(input: SigningInput, actor: Actor, idempotencyKey?: string) {
    const today = this.clock.today();
    if (!isBusinessDate(input.signedOn))
      throw new DomainError('contract-date-invalid', { field: 'signedOn', value: input.signedOn });
    const treeToday = await this.org.treeToday();
    const signerId = input.signerId ?? actor.userId;
    const chosenId = input.contractId ?? this.idFromKey(idempotencyKey, actor);
    if (!(await this.customers.exists(input.customerId)))
      throw new NotFoundError('signing-customer-unknown', { customerId: input.customerId });

    const contractId =
      chosenId ?? (await this.unsignedBindingOf(input.formNumber, signerId)) ?? `k-${randomUUID()}`;
    const streamId = contractStreamId(contractId);
    const command = await this.signCommand(input, contractId, signerId, treeToday, actor, today);
    const existing = await this.index.reload(streamId);
    if (existing.state.status === 'unsigned') {
      await this.assertFormNotBoundElsewhere(input.formNumber, contractId, chosenId !== undefined);
      // Every refusal before the first write: the decider is pure.
      contractDecider.decide(command, existing.state);
      await this.forms.use(input.formNumber, contractId, signerId, input.signedOn, actor);
    }
    // ← a crash here leaves the form used for an empty contract: see the class comment.
    const result = await this.runtime.commands.execute(contractDecider, streamId, command, actor);
    await this.index.record(result.events);
    return { ...commandOutcome(result), contract: contractDetails(this.signed(result.state), treeToday) };
  }

  async file(contractId: string, input: Readonly<{ filedOn: BusinessDate; location: string }>, actor: Actor) {
    return this.execute(contractId, actor, (by, today) => ({
      type: 'FileContract',
      data: { ...input, by, today },
    }));
  }

  async requestTermination(
    contractId: string,
    input: Readonly<{ terminationOn: BusinessDate; reason: string }>,
    actor: Actor,
  ) {
    return this.execute(contractId, actor, (by, today) => ({
      type: 'RequestTermination',
      data: { ...input, by, today },
    }));
  }

  async decideTermination(
    contractId: string,
    input: Readonly<{ approve: boolean; reason?: string }>,
    actor: Actor,
  ) {
    return this.execute(contractId, actor, (by, today) => ({
      type: 'DecideTermination',
      data: { approve: input.approve, reason: input.reason ?? null, by, today },
    }));
  }

  async transfer(contractId: string, input: Readonly<{ toOwnerId: string; reason: string }>, actor: Actor) {
    const tree = await this.org.treeToday();
    const current = await this.existing(contractId);
    const owner = tree.people.find((p) => p.id === current.ownerId);
    const ownerDivisionId = owner ? owner.divisionId : current.divisionId;
    return this.execute(contractId, actor, (by, today) => ({
      type: 'TransferContract',
      data: { to: contractPersonIn(tree, input.toOwnerId), reason: input.reason, by, ownerDivisionId, today },
    }));
  }

  /** The signed contract in the store, or 404. */
  async existing(contractId: string): Promise<SignedContract> {
    const { state } = await this.index.reload(contractStreamId(contractId));
    if (state.status === 'unsigned') throw new NotFoundError('unknown-contract', { contractId });
    return state;
  }

  private async execute(
    contractId: string,
    actor: Actor,
    commandFor: (by: ReturnType<typeof contractActor>, today: BusinessDate) => ContractCommand,
  ) {
    await this.existing(contractId);
    const tree = await this.org.treeToday();
    const command = commandFor(contractActor(tree, actor), this.clock.today());
    const result = await this.runtime.commands.execute(
      contractDecider,
      contractStreamId(contractId),
      command,
      actor,
    );
    await this.index.record(result.events);
    return { ...commandOutcome(result), contract: contractDetails(this.signed(result.state), tree) };
  }

  private async signCommand(
    input: SigningInput,
    contractId: string,
    signerId: string,
    treeToday: Awaited<ReturnType<ContractsOrgReader['treeToday']>>,
    actor: Actor,
    today: BusinessDate,
  ): Promise<SignContract> {
    const signer = contractPersonIn(await this.org.treeAsOf(input.signedOn), signerId);
    const catalogue = await this.catalogue.productLines();
    const report = await this.reports?.approvedReportFor(input.customerId, signerId);
    const exposure = await this.credit?.exposure(input.customerId);
    return {
      type: 'SignContract',
      data: {
        contractId,
        formNumber: input.formNumber,
        customerId: input.customerId,
        signedOn: input.signedOn,
        currency: input.currency,
        amountMinor: input.amountMinor,
        costEstimateMinor: input.costEstimateMinor,
        // A line without a rate takes its product line's default (13% goods, 9% installation).
        lines: input.lines.map(({ productLineId, amountMinor, vatBasisPoints }) => ({
          productLineId,
          amountMinor,
          vatBasisPoints:
            vatBasisPoints ?? catalogue.find((p) => p.id === productLineId)?.vatBasisPoints ?? 0,
        })),
        paymentPlan: input.paymentPlan,
        signer,
        recordedBy: contractActor(treeToday, actor),
        approvedReportId: report?.reportId ?? null,
        reportOverrideReason: input.reportOverrideReason ?? null,
        credit: exposure ?? null,
        creditOverrideReason: input.creditOverrideReason ?? null,
        productLineIds: catalogue.map((p) => p.id),
        today,
      },
    };
  }

  /** A contract id fixed by the client's Idempotency-Key: the same key from the same person, the same id. */
  private idFromKey(key: string | undefined, actor: Actor): string | undefined {
    if (key === undefined) return undefined;
    if (!IDEMPOTENCY_KEY.test(key))
      throw new DomainError('idempotency-key-invalid', { field: 'Idempotency-Key' });
    return `k-${createHash('sha256').update(`${actor.userId}\u0000${key}`).digest('hex').slice(0, 32)}`;
  }

  /** The contract a signer's form is bound to while that contract's stream is still empty. */
  private async unsignedBindingOf(formNumber: string, signerId: string): Promise<string | undefined> {
    const year = formYearOf(formNumber);
    if (year === null) return undefined;
    const form = (await this.books.book(year)).forms.find((f) => f.number === formNumber);
    if (!form || form.status !== 'used' || form.contractId === null || form.holderId !== signerId)
      return undefined;
    const { version } = await this.runtime.store.readStream(contractStreamId(form.contractId));
    return version === 0 ? form.contractId : undefined;
  }

  /** A fixed id may not take a form bound to another contract left unsigned by a crash. */
  private async assertFormNotBoundElsewhere(formNumber: string, contractId: string, fixed: boolean) {
    const year = formYearOf(formNumber);
    if (!fixed || year === null) return;
    const form = (await this.books.book(year)).forms.find((f) => f.number === formNumber);
    if (!form || form.status !== 'used' || form.contractId === null || form.contractId === contractId) return;
    const { version } = await this.runtime.store.readStream(contractStreamId(form.contractId));
    if (version === 0)
      throw new ConflictError('form-bound-to-unsigned-contract', {
        number: formNumber,
        boundContractId: form.contractId,
      });
  }

  private signed(state: ReturnType<typeof contractDecider.initialState>): SignedContract {
    if (state.status === 'unsigned') throw new Error('a signed contract was expected');
    return state;
  }
}
