import { Inject, Injectable } from '@nestjs/common';
import {
  CONTRACT_READ_ALL,
  type ContractStatus,
  contractScopeOf,
  contractStreamId,
  inContractScope,
} from '@sales/contracts/domain';
import { type Actor, type Clock, ForbiddenError } from '@sales/shared/domain';
import { CLOCK } from '@sales/shared/runtime';
import { FormBooks } from '../forms/form-books';
import { ContractsOrgReader } from '../org/contracts-org.reader';
import { contractDetails, contractSummary } from './contract-details';
import { ContractIndex } from './contract-index';
import { ContractService } from './contract.service';
import { contractActor } from './signing-people';

export type ContractFilter = Readonly<{
  ownerId?: string;
  divisionId?: string;
  customerId?: string;
  status?: ContractStatus;
  filed?: boolean;
}>;

/** 合同查询: one contract, and lists within the reader's scope (own / division / all). */
@Injectable()
export class ContractListService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: ContractsOrgReader,
    private readonly contracts: ContractService,
    private readonly index: ContractIndex,
    private readonly books: FormBooks,
  ) {}

  async view(contractId: string, actor: Actor) {
    const tree = await this.org.treeToday();
    const scope = contractScopeOf(contractActor(tree, actor));
    const contract = await this.contracts.existing(contractId);
    if (!inContractScope(scope, contract))
      throw new ForbiddenError('not-your-contract', { contractId, ownerId: contract.ownerId });
    return contractDetails(contract, tree);
  }

  async list(actor: Actor, filter: ContractFilter) {
    const tree = await this.org.treeToday();
    const scope = contractScopeOf(contractActor(tree, actor));
    return this.index
      .signed()
      .filter((c) => inContractScope(scope, c))
      .filter((c) => filter.ownerId === undefined || c.ownerId === filter.ownerId)
      .filter((c) => filter.divisionId === undefined || c.divisionId === filter.divisionId)
      .filter((c) => filter.customerId === undefined || c.terms.customerId === filter.customerId)
      .filter((c) => filter.status === undefined || c.status === filter.status)
      .filter((c) => filter.filed === undefined || (c.filing !== null) === filter.filed)
      .map((c) => contractSummary(c, tree));
  }

  /** 未归档: signed contracts (terminated ones too: their original is kept) whose original is not filed yet. */
  unfiled(actor: Actor) {
    return this.list(actor, { filed: false });
  }

  /**
   * 未完成的签约: forms used for a contract whose stream is empty — a signing that stopped between
   * its two writes (ContractService). Retrying the signing completes each. For the people who
   * read every contract.
   */
  async incompleteSignings(actor: Actor) {
    const tree = await this.org.treeToday();
    const reader = contractActor(tree, actor);
    if (!reader.role || !CONTRACT_READ_ALL.includes(reader.role))
      throw new ForbiddenError('contract-list-not-allowed', { role: reader.role });
    const today = this.clock.today();
    const used = (await this.books.allForms(Number(today.slice(0, 4)))).filter(
      (form) => form.status === 'used' && form.contractId !== null,
    );
    const incomplete = [];
    for (const form of used) {
      const { version } = await this.index.reload(contractStreamId(form.contractId as string));
      if (version === 0)
        incomplete.push({
          number: form.number,
          contractId: form.contractId as string,
          holderId: form.holderId,
          usedOn: form.endedOn,
        });
    }
    return incomplete;
  }
}
