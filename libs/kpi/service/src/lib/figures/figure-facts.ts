import { type KpiFact, type PeriodTarget, countsFor, periodTarget } from '@sales/kpi/projections';
import type { Level, Metric } from '@sales/targets/events';
import type { FigureId } from './figure-catalogue';
import { type Computation, money } from './figure-values';
import { type ExplainedFact, chronological, explained, targetFacts } from './explained-facts';
import type { KnownFacts } from './known-facts';

/** The facts a figure is made of, earliest business date first (targets last). */
export function factsOf(id: FigureId, c: Computation, known: KnownFacts): ExplainedFact[] {
  const { subject, period } = c.query;
  const m = (minor: number) => money(minor, c.currency);
  const byId = (facts: readonly KpiFact[]) => new Map(facts.map((f) => [f.factId, f]));
  const targetsFor = (metric: Metric, level: Level) => {
    const target: PeriodTarget = periodTarget(known.of('targets'), subject, period, metric, level);
    return targetFacts(
      target,
      known.of('targets'),
      (fact) => periodTarget([fact], subject, period, metric, level).value,
      c.currency,
    );
  };
  const signings = (amountOf: (e: Computation['sales']['explain'][number]) => number) => {
    const facts = byId([...known.of('sale'), ...known.of('termination')]);
    return c.sales.explain.flatMap((e) => {
      const fact = facts.get(e.factId);
      return fact
        ? [
            explained(fact, e.sign > 0 ? 'signed' : 'terminated', m(amountOf(e)), {
              contractId: e.contractId,
            }),
          ]
        : [];
    });
  };
  const payments = () =>
    c.collections.explain.payments.map((p) =>
      explained(p, p.reversalOf ? 'reversal' : 'payment', m(p.amountMinor), { contractId: p.contractId }),
    );
  const level = (id: string): Level => (id.endsWith('stretch') ? 'stretch' : 'realistic');
  switch (id) {
    case 'P1.realistic':
    case 'P1.stretch':
      return [...signings((e) => e.amountMinor), ...targetsFor('salesAmount', level(id))];
    case 'P2.realistic':
    case 'P2.stretch':
      return [...signings((e) => e.grossMarginMinor), ...targetsFor('grossMargin', level(id))];
    case 'P6':
      return signings((e) => e.amountMinor);
    case 'P3': {
      const opening = new Set(c.collections.explain.opening.map((o) => o.contractId));
      const mine = (f: { personId: string; divisionId: string | null; contractId: string }) =>
        opening.has(f.contractId) && countsFor(subject, f.personId, f.divisionId);
      // The opening balance's makings: what fell due and what was received before the period.
      const openingFacts = [
        ...known
          .of('invoice')
          .filter((i) => mine(i) && i.dueOn < period.from)
          .map((i) =>
            explained(i, 'opening-invoice', m(i.amountMinor), { contractId: i.contractId, dueOn: i.dueOn }),
          ),
        ...known
          .of('payment')
          .filter((p) => mine(p) && p.businessDate < period.from)
          .map((p) => explained(p, 'opening-payment', m(p.amountMinor), { contractId: p.contractId })),
      ];
      const fallingDue = c.collections.explain.fallingDue.map((i) =>
        explained(i, 'falling-due', m(i.amountMinor), { contractId: i.contractId, dueOn: i.dueOn }),
      );
      return [...openingFacts, ...fallingDue, ...payments()].sort(chronological);
    }
    case 'P4':
      return c.visits.explain.visits.map((v) =>
        explained(v, 'visit', null, {
          personId: v.personId,
          customerId: v.customerId,
          visitKind: v.visitKind,
        }),
      );
    case 'P5.owned':
    case 'P5.byGrade': {
      const owned = new Set(c.customers.explain.owned);
      const latest = <F extends KpiFact & { customerId: string }>(facts: readonly F[]) => {
        const last = new Map<string, F>();
        for (const f of facts)
          if (owned.has(f.customerId) && f.businessDate <= period.to) {
            const held = last.get(f.customerId);
            if (!held || chronological(explained(held, '', null), explained(f, '', null)) <= 0)
              last.set(f.customerId, f);
          }
        return [...last.values()];
      };
      const facts =
        id === 'P5.owned'
          ? latest([...known.of('customer-registered'), ...known.of('customer-owner')])
          : latest(known.of('customer-grade'));
      return facts
        .map((f) => explained(f, id === 'P5.owned' ? 'owner' : 'grade', null, { customerId: f.customerId }))
        .sort(chronological);
    }
    case 'P5.new':
      return c.customers.explain.new.map((a) =>
        explained(a, 'first-contract', null, { customerId: a.customerId, contractId: a.contractId }),
      );
    case 'P7.newPotential':
      return c.customers.explain.potential.map((r) =>
        explained(r, 'registered', null, { customerId: r.customerId, ownerId: r.ownerId }),
      );
    case 'P7.collections.realistic':
    case 'P7.collections.stretch':
      return [...payments().sort(chronological), ...targetsFor('collections', level(id))];
    case 'P7.expenses':
      return [
        ...c.expenses.explain.map((e) => explained(e, 'expense', m(e.amountMinor), { personId: e.personId })),
        ...targetsFor('expenseBudget', 'realistic'),
      ];
    case 'P7.checkIns': {
      const last = c.checkInsUntil < period.to ? c.checkInsUntil : period.to;
      const inRange = (f: KpiFact & { personId: string; divisionId: string | null }) =>
        f.businessDate >= period.from &&
        f.businessDate <= last &&
        countsFor(subject, f.personId, f.divisionId);
      const days = known.of('day-out').filter(inRange);
      const out = new Set(days.map((d) => `${d.personId}|${d.businessDate}`));
      const checkIns = known.of('check-in').filter((ci) => out.has(`${ci.personId}|${ci.businessDate}`));
      return [
        ...days.map((d) => explained(d, 'day-out', null, { personId: d.personId })),
        ...checkIns.map((ci) => explained(ci, 'check-in', null, { personId: ci.personId })),
      ].sort(chronological);
    }
    case 'P7.overdueRevisits': {
      // Per overdue customer: the visit the cadence counts from (or the registration if never visited).
      const due = new Map(c.revisits.rows.map((r) => [r.customerId, r]));
      const on = c.revisits.on;
      const merged = new Map(
        known
          .of('customer-merged')
          .filter((f) => f.businessDate <= on)
          .map((f) => [f.customerId, f.survivorId]),
      );
      const survivor = (id: string) => {
        for (let hops = 0; merged.has(id) && hops < 100; hops++) id = merged.get(id) as string;
        return id;
      };
      const about = (customerId: string) => {
        const row = due.get(customerId);
        return { customerId, grade: row?.grade ?? null, dueOn: row?.dueOn ?? null };
      };
      return [
        ...known
          .of('visit')
          .filter((v) => {
            const row = due.get(survivor(v.customerId));
            return row !== undefined && v.businessDate === row.lastVisitOn;
          })
          .map((v) =>
            explained(v, 'last-visit', null, { ...about(survivor(v.customerId)), personId: v.personId }),
          ),
        ...known
          .of('customer-registered')
          .filter((r) => due.get(r.customerId)?.lastVisitOn === null)
          .map((r) => explained(r, 'registered', null, about(r.customerId))),
      ].sort(chronological);
    }
    case 'P7.overdueReceivables': {
      const overdue = new Set(c.overdue.contracts.map((x) => x.contractId));
      const on = c.overdueOn;
      return [
        ...known
          .of('invoice')
          .filter((i) => overdue.has(i.contractId) && i.dueOn < on)
          .map((i) =>
            explained(i, 'invoice-due', m(i.amountMinor), { contractId: i.contractId, dueOn: i.dueOn }),
          ),
        ...known
          .of('payment')
          .filter((p) => overdue.has(p.contractId) && p.businessDate <= on)
          .map((p) => explained(p, 'payment', m(p.amountMinor), { contractId: p.contractId })),
      ].sort(chronological);
    }
  }
}
