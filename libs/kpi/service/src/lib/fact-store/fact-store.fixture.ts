import type {
  KpiFact,
  OrgChangeFact,
  PaymentFact,
  SaleFact,
  TargetsFact,
  VisitFact,
} from '@sales/kpi/projections';

/** For specs: realistic facts of every shape the store must keep exactly (nested arrays, nulls, 0). */
export function sale(n: number): SaleFact {
  return {
    ...origin(`sale-${pad(n)}`, 'contracts', 'ContractSigned', n),
    kind: 'sale',
    contractId: `HT2026-${pad(n)}`,
    customerId: `c-${n % 17}`,
    personId: `p-${n % 5}`,
    divisionId: n % 3 === 0 ? null : `d-${n % 2}`,
    currency: 'CNY',
    amountMinor: 1_250_000_00 + n,
    amountExclusiveMinor: 1_106_194_69 + n,
    costEstimateMinor: 0,
    lines: [
      { productLineId: 'led-display', amountMinor: 1_000_000_00 + n, amountExclusiveMinor: 884_955_75 + n },
      { productLineId: 'installation', amountMinor: 250_000_00, amountExclusiveMinor: 221_238_94 },
    ],
  };
}

export function payment(n: number, reversalOf: string | null = null): PaymentFact {
  return {
    ...origin(`payment-${pad(n)}`, 'contracts', 'PaymentReceived', n),
    kind: 'payment',
    paymentId: `pay-${n}`,
    reversalOf,
    contractId: `HT2026-${pad(n)}`,
    customerId: `c-${n % 17}`,
    personId: `p-${n % 5}`,
    divisionId: null,
    amountMinor: reversalOf ? -300_000_00 : 9_007_199_254_740_991 - n,
    currency: 'CNY',
    prepayment: n % 2 === 0,
  };
}

export function visit(n: number): VisitFact {
  return {
    ...origin(`visit-${pad(n)}`, 'customers', 'VisitLogged', n),
    kind: 'visit',
    visitId: `v-${n}`,
    personId: `p-${n % 5}`,
    divisionId: `d-${n % 2}`,
    customerId: `c-${n % 17}`,
    visitKind: n % 2 === 0 ? 'joint' : 'in-person',
    coachId: n % 2 === 0 ? 'p-manager' : null,
  };
}

export function orgChange(n: number): OrgChangeFact {
  return {
    ...origin(`org-${pad(n)}`, 'org', 'PersonMoved', n),
    kind: 'org-change',
    event: {
      type: 'PersonMoved',
      schemaVersion: 2,
      data: {
        personId: `p-${n}`,
        from: 'd-0',
        to: 'd-1',
        effective: '2026-01-01',
        reason: '调整区域',
        note: null,
      },
    },
  };
}

export function targets(n: number): TargetsFact {
  const level = {
    year: 1200,
    quarters: [300, 300, 300, 300],
    months: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100],
  };
  return {
    ...origin(`targets-${pad(n)}`, 'targets', 'TargetsApproved', n),
    kind: 'targets',
    fiscalYear: 2026,
    unit: 'division:d-1',
    version: 3,
    currency: 'CNY',
    nodes: [
      {
        node: 'division:d-1',
        divisionId: 'd-1',
        personId: null,
        targets: { salesAmount: { realistic: level, stretch: level } },
      },
      { node: 'salesperson:p-1', divisionId: 'd-1', personId: 'p-1', targets: {} },
    ],
  };
}

/** `count` facts of mixed kinds with distinct ids. */
export function mixedFacts(count: number, from = 0): KpiFact[] {
  const makers = [sale, payment, visit, orgChange, targets];
  return Array.from({ length: count }, (_, i) => makers[(from + i) % makers.length](from + i));
}

function origin(factId: string, context: string, eventType: string, n: number) {
  const day = 1 + (n % 28);
  return {
    factId,
    eventId: factId.split('#')[0],
    context,
    eventType,
    schemaVersion: 1,
    recordedAt: new Date(Date.UTC(2026, 2, day, 1, 30, n % 60)).toISOString(),
    businessDate: `2026-03-${String(day).padStart(2, '0')}`,
  };
}

function pad(n: number): string {
  return String(n).padStart(6, '0');
}
