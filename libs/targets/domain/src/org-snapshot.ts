import { DomainError, NotFoundError, type Role } from '@sales/shared/domain';
import type { NodeId, UnitId } from '@sales/targets/events';

/**
 * What the targets context needs to know of the org tree, handed in with each command by the
 * service (from its read model of `@sales/org/events`), so deciders stay pure.
 */
export type OrgSnapshot = Readonly<{
  divisions: ReadonlyArray<
    Readonly<{ id: string; managerId: string | null; salespeople: readonly string[] }>
  >;
  /** Everyone in the tree with their role and whom they answer to: the approval lines. */
  people: ReadonlyArray<Readonly<{ id: string; role: Role; managerId: string | null }>>;
}>;

export type ParsedNode =
  | Readonly<{ level: 'company' }>
  | Readonly<{ level: 'division'; divisionId: string }>
  | Readonly<{ level: 'salesperson'; personId: string }>;

export function parseNode(node: string): ParsedNode {
  if (node === 'company') return { level: 'company' };
  const [, level, id] = /^(division|salesperson):(.+)$/.exec(node) ?? [];
  if (level === 'division') return { level, divisionId: id };
  if (level === 'salesperson') return { level, personId: id };
  throw new DomainError('invalid-node', { node });
}

export const divisionNode = (divisionId: string): NodeId => `division:${divisionId}`;
export const salespersonNode = (personId: string): NodeId => `salesperson:${personId}`;

export function divisionOfSalesperson(org: OrgSnapshot, personId: string): string | undefined {
  return org.divisions.find((d) => d.salespeople.includes(personId))?.id;
}

export function divisionsManagedBy(org: OrgSnapshot, personId: string): string[] {
  return org.divisions.filter((d) => d.managerId === personId).map((d) => d.id);
}

/** Where a node sits: its approval unit and division/person, checked against the org snapshot. */
export type NodePlace = Readonly<{
  node: NodeId;
  unit: UnitId;
  divisionId: string | null;
  personId: string | null;
}>;

export function placeNode(node: string, org: OrgSnapshot): NodePlace {
  const parsed = parseNode(node);
  switch (parsed.level) {
    case 'company':
      return { node: 'company', unit: 'company', divisionId: null, personId: null };
    case 'division':
      if (!org.divisions.some((d) => d.id === parsed.divisionId)) {
        throw new NotFoundError('unknown-division', { node, divisionId: parsed.divisionId });
      }
      return {
        node: divisionNode(parsed.divisionId),
        unit: 'company',
        divisionId: parsed.divisionId,
        personId: null,
      };
    case 'salesperson': {
      const divisionId = divisionOfSalesperson(org, parsed.personId);
      if (!divisionId) throw new NotFoundError('unknown-salesperson', { node, personId: parsed.personId });
      return {
        node: salespersonNode(parsed.personId),
        unit: divisionNode(divisionId) as UnitId,
        divisionId,
        personId: parsed.personId,
      };
    }
  }
}
