import { Injectable } from '@nestjs/common';
import { CUSTOMERS_CONTEXT } from '@sales/customers/events';
import type { Notice, NoticeNames } from '@sales/notices/domain';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { NoticesOrgReader } from '../notices-org.reader';
import { ContractPartiesService } from '../parties/contract-parties.service';

/**
 * Names for the ids of the notices being read, looked up once per request: people and divisions
 * from the org tree as of today, contracts by their form number (the ledger), customers by the
 * name customers published (notices' replica of its stream, `ce_subject` = `customer-<id>`).
 * An id nobody knows reads as itself.
 */
@Injectable()
export class NoticeNamesReader {
  constructor(
    @InjectContext('notices') private readonly runtime: ContextRuntime,
    private readonly org: NoticesOrgReader,
    private readonly parties: ContractPartiesService,
  ) {}

  async namesFor(notices: readonly Notice[]): Promise<NoticeNames> {
    const people = new Set<string>();
    const contracts = new Set<string>();
    const customers = new Set<string>();
    for (const { facts } of notices) {
      for (const [field, value] of Object.entries(facts)) {
        if (typeof value !== 'string') continue;
        if (field === 'contractId') contracts.add(value);
        else if (field === 'customerId') customers.add(value);
        else if (/(By|Id)$/.test(field) || field === 'submittedBy') people.add(value);
      }
    }
    const [tree, contractNames, customerNames] = await Promise.all([
      this.org.treeToday(),
      this.lookup(contracts, async (id) => (await this.parties.of(id)).formNumber),
      this.lookup(customers, (id) => this.customerName(id)),
    ]);
    const personNames = new Map(tree.people.map((p) => [p.id, p.name]));
    const divisionNames = new Map(tree.divisions.map((d) => [d.id, d.name]));
    return {
      person: (id) => personNames.get(id) ?? id,
      division: (id) => divisionNames.get(id) ?? id,
      contract: (id) => contractNames.get(id) ?? id,
      customer: (id) => customerNames.get(id) ?? id,
    };
  }

  private async lookup(
    ids: ReadonlySet<string>,
    nameOf: (id: string) => Promise<string | null>,
  ): Promise<Map<string, string>> {
    const found = await Promise.all([...ids].map(async (id) => [id, await nameOf(id)] as const));
    return new Map(found.filter((entry): entry is readonly [string, string] => entry[1] !== null));
  }

  private async customerName(customerId: string): Promise<string | null> {
    let name: string | null = null;
    for (const event of await this.runtime.replica(CUSTOMERS_CONTEXT).read(`customer-${customerId}`)) {
      const data = event.data as { name?: unknown };
      if (
        (event.type === 'CustomerRegistered' || event.type === 'CustomerProfileChanged') &&
        typeof data.name === 'string'
      )
        name = data.name;
    }
    return name;
  }
}
