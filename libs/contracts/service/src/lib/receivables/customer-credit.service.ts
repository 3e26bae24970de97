import { Inject, Injectable } from '@nestjs/common';
import {
  type CreditLimitEvent,
  creditLimitDecider,
  creditLimitStreamId,
  netReceivedMinor,
  openReceivableMinor,
  RECEIVABLES_READ_ALL,
} from '@sales/contracts/domain';
import { type Actor, type Clock, ForbiddenError, fold, formatMoney } from '@sales/shared/domain';
import { type CommandOutcome, commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import type { CustomerCredit } from '../signing/signing-ports';
import { ContractsOrgReader } from '../org/contracts-org.reader';
import { ReceivableContracts } from './receivable-contracts';
import { receivablesPerson } from './receivables-person';

/** When finance set no limit, exposure is still counted in this currency. */
const DEFAULT_CURRENCY = 'CNY';

/**
 * 信用额度 (K5): finance sets a customer's credit limit (`credit-limit-<customerId>`); signing
 * (K3) asks CUSTOMER_CREDIT for the customer's exposure before it signs. Open receivables =
 * Σ over the customer's open (not terminated) contracts in the limit's currency of the contract
 * amount less what was received on it (payments less reversals, prepayments included).
 */
@Injectable()
export class CustomerCreditService implements CustomerCredit {
  constructor(
    @InjectContext('contracts') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: ContractsOrgReader,
    private readonly contracts: ReceivableContracts,
  ) {}

  async setLimit(
    customerId: string,
    limitMinor: number | null,
    currency: string,
    actor: Actor,
  ): Promise<CommandOutcome> {
    const result = await this.runtime.commands.execute(
      creditLimitDecider,
      creditLimitStreamId(customerId),
      {
        type: 'SetCreditLimit',
        data: {
          customerId,
          limitMinor,
          currency,
          by: receivablesPerson(await this.org.treeToday(), actor),
          today: this.clock.today(),
        },
      },
      actor,
    );
    return commandOutcome(result);
  }

  async exposure(customerId: string) {
    const { events } = await this.runtime.store.readStream(creditLimitStreamId(customerId));
    const limit = fold(
      creditLimitDecider,
      events.map(({ type, data }) => ({ type, data }) as CreditLimitEvent),
    );
    const currency = limit.currency ?? DEFAULT_CURRENCY;
    const contracts = await this.contracts.ofCustomer(customerId);
    const openReceivablesMinor = contracts
      .filter(({ contract }) => contract.terms.currency === currency)
      .reduce(
        (sum, { contract, receivable }) => sum + openReceivableMinor(contract, netReceivedMinor(receivable)),
        0,
      );
    return { limitMinor: limit.limitMinor, openReceivablesMinor, currency };
  }

  /** 信用额度与未收应收, for finance and the others who read every receivable. */
  async view(customerId: string, actor: Actor) {
    const { role } = receivablesPerson(await this.org.treeToday(), actor);
    if (role === null || !RECEIVABLES_READ_ALL.includes(role))
      throw new ForbiddenError('receivables-read-not-allowed', { role });
    const exposure = await this.exposure(customerId);
    const { limitMinor, openReceivablesMinor, currency } = exposure;
    return {
      customerId,
      ...exposure,
      limit: limitMinor === null ? null : formatMoney(limitMinor, currency),
      openReceivables: formatMoney(openReceivablesMinor, currency),
      headroomMinor: limitMinor === null ? null : limitMinor - openReceivablesMinor,
    };
  }
}
