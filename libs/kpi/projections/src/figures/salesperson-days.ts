import { orgTreeAsOf } from '@sales/org/events';
import type { BusinessDate } from '@sales/shared/domain';
import type { OrgChangeFact } from '../facts';
import { addDays } from '@sales/kpi/domain';

/** A stretch of days a person was a salesperson in one division (both ends included). */
export type SalespersonSpell = Readonly<{
  personId: string;
  name: string;
  divisionId: string | null;
  from: BusinessDate;
  to: BusinessDate;
}>;

/**
 * Who was a salesperson where, day by day, within [from, to], from org's changes as recorded:
 * the tree is read (with org's own fold) at the range's start and at every effective date inside
 * it, and each reading holds until the next. A person moved mid-period gives two spells — one
 * per division — so their working days and targets can be counted in each for its days.
 */
export function salespersonSpells(
  changes: readonly OrgChangeFact[],
  from: BusinessDate,
  to: BusinessDate,
): SalespersonSpell[] {
  const events = changes.map((c) => c.event);
  const boundaries = [
    from,
    ...new Set(changes.map((c) => c.businessDate).filter((date) => date > from && date <= to)),
  ].sort();
  const open = new Map<
    string,
    { personId: string; name: string; divisionId: string | null; from: BusinessDate }
  >();
  const spells: SalespersonSpell[] = [];
  const close = (personId: string, until: BusinessDate) => {
    const spell = open.get(personId);
    if (!spell) return;
    spells.push({ ...spell, to: until });
    open.delete(personId);
  };
  for (const boundary of boundaries) {
    const tree = orgTreeAsOf(events, boundary);
    const salespeople = new Map(tree.people.filter((p) => p.role === 'salesperson').map((p) => [p.id, p]));
    for (const [personId, spell] of open) {
      const now = salespeople.get(personId);
      if (!now || now.divisionId !== spell.divisionId) close(personId, addDays(boundary, -1));
    }
    for (const person of salespeople.values()) {
      if (!open.has(person.id))
        open.set(person.id, {
          personId: person.id,
          name: person.name,
          divisionId: person.divisionId,
          from: boundary,
        });
    }
  }
  for (const personId of [...open.keys()]) close(personId, to);
  return spells.sort((a, b) => a.personId.localeCompare(b.personId) || a.from.localeCompare(b.from));
}
