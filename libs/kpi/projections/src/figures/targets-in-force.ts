import type { Level, Metric } from '@sales/targets/events';
import type { TargetsFact } from '../facts';
import type { Period } from './period';
import type { Subject } from './subject';

/** The node a subject's targets sit on in the plan's tree. */
export function targetNode(subject: Subject): string {
  switch (subject.kind) {
    case 'person':
      return `salesperson:${subject.personId}`;
    case 'division':
      return `division:${subject.divisionId}`;
    case 'company':
      return 'company';
  }
}

export type PeriodTarget = Readonly<{
  /** Null when no approved split in force names the subject. */
  value: number | null;
  /** The approvals it was read from (unit and version), for `explain`. */
  from: readonly Readonly<{ unit: string; version: number; factId: string }>[];
}>;

/**
 * 期间目标: the targets approved and in force at the period's end — per approval unit the latest
 * version approved by then — for the subject's node and the period (a month, a quarter or the
 * year of the plan). A salesperson moved to another division appears in both divisions' splits
 * (each holding his figures for his periods there), so their values add up.
 */
export function periodTarget(
  targets: readonly TargetsFact[],
  subject: Subject,
  period: Period,
  metric: Metric,
  level: Level,
): PeriodTarget {
  const latest = new Map<string, TargetsFact>();
  for (const fact of targets) {
    if (fact.fiscalYear !== period.year || fact.businessDate > period.to) continue;
    const held = latest.get(fact.unit);
    if (!held || fact.version > held.version) latest.set(fact.unit, fact);
  }
  const node = targetNode(subject);
  let value: number | null = null;
  const from: { unit: string; version: number; factId: string }[] = [];
  for (const fact of [...latest.values()].sort((a, b) => a.unit.localeCompare(b.unit))) {
    const entry = fact.nodes.find((n) => n.node === node);
    const levels = entry?.targets[metric];
    if (!levels) continue;
    const target = levels[level];
    const amount =
      period.kind === 'year'
        ? target.year
        : period.kind === 'quarter'
          ? target.quarters[period.index - 1]
          : target.months[period.index - 1];
    value = (value ?? 0) + amount;
    from.push({ unit: fact.unit, version: fact.version, factId: fact.factId });
  }
  return { value, from };
}
