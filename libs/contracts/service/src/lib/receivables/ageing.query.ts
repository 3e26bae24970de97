import { Inject, Injectable } from '@nestjs/common';
import {
  AGEING_BUCKETS,
  type AgeingBuckets,
  type ContractView,
  addBuckets,
  contractAgeing,
  emptyBuckets,
  inReceivablesScope,
  netReceivedMinor,
  receivablesScopeOf,
  totalOfBuckets,
} from '@sales/contracts/domain';
import { type Actor, type BusinessDate, type Clock, formatMoney } from '@sales/shared/domain';
import { CLOCK } from '@sales/shared/runtime';
import { ContractsOrgReader } from '../org/contracts-org.reader';
import { ReceivableContracts } from './receivable-contracts';
import { receivablesPerson } from './receivables-person';

export const AGEING_GROUPS = ['contract', 'customer', 'owner', 'division'] as const;
export type AgeingGroup = (typeof AGEING_GROUPS)[number];

export type AgeingFilter = Readonly<{
  asOf?: BusinessDate;
  groupBy?: AgeingGroup;
  customerId?: string;
  ownerId?: string;
  divisionId?: string;
}>;

const keyOf: Record<AgeingGroup, (contract: ContractView) => string | null> = {
  contract: (c) => c.terms.contractId,
  customer: (c) => c.terms.customerId,
  owner: (c) => c.ownerId,
  division: (c) => c.divisionId,
};

/**
 * 账龄分析 (K5) as of any business date: each contract's outstanding instalments in the bucket
 * of their days overdue (0 — the due date itself — is not yet due; receipts dated by then count),
 * summed per contract, customer, salesperson (the contract's owner) or division, within the
 * reader's scope (finance, vp, sales_admin, admin all; a manager their divisions; a salesperson
 * their own). Rows are per currency; contracts with nothing outstanding are left out.
 */
@Injectable()
export class AgeingQuery {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: ContractsOrgReader,
    private readonly contracts: ReceivableContracts,
  ) {}

  async ageing(filter: AgeingFilter, actor: Actor) {
    const asOf = filter.asOf ?? this.clock.today();
    const groupBy = filter.groupBy ?? 'contract';
    const tree = await this.org.treeToday();
    const scope = receivablesScopeOf(receivablesPerson(tree, actor), tree);
    const rows = new Map<
      string,
      { key: string | null; currency: string; contracts: string[]; buckets: AgeingBuckets }
    >();
    for (const { contract, receivable } of await this.contracts.all()) {
      if (!inReceivablesScope(scope, contract)) continue;
      if (filter.customerId !== undefined && contract.terms.customerId !== filter.customerId) continue;
      if (filter.ownerId !== undefined && contract.ownerId !== filter.ownerId) continue;
      if (filter.divisionId !== undefined && contract.divisionId !== filter.divisionId) continue;
      const buckets = contractAgeing(contract, netReceivedMinor(receivable, asOf), asOf);
      if (totalOfBuckets(buckets) === 0) continue;
      const key = keyOf[groupBy](contract);
      const { currency } = contract.terms;
      const id = `${key}\u0000${currency}`;
      const row = rows.get(id) ?? { key, currency, contracts: [], buckets: emptyBuckets() };
      rows.set(id, {
        ...row,
        contracts: [...row.contracts, contract.terms.contractId],
        buckets: addBuckets(row.buckets, buckets),
      });
    }
    const names = await this.org.namesOf(
      groupBy === 'owner' || groupBy === 'division'
        ? [...rows.values()].flatMap((r) => (r.key ? [r.key] : []))
        : [],
    );
    return {
      asOf,
      groupBy,
      rule: '逾期天数 = 查询日期 − 计划到期日；0 天（到期当日）计为未到期 / days overdue = the date asked − the planned due date; 0 (the due date itself) is not yet due',
      buckets: AGEING_BUCKETS,
      rows: [...rows.values()]
        .sort((a, b) => String(a.key).localeCompare(String(b.key)) || a.currency.localeCompare(b.currency))
        .map((row) => {
          const totalMinor = totalOfBuckets(row.buckets);
          return {
            [groupBy === 'owner' ? 'ownerId' : `${groupBy}Id`]: row.key,
            name: row.key !== null ? (names[row.key] ?? null) : null,
            currency: row.currency,
            contracts: row.contracts.sort(),
            buckets: row.buckets,
            totalMinor,
            total: formatMoney(totalMinor, row.currency),
          };
        }),
    };
  }
}
