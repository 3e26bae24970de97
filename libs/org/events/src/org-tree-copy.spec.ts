import { type CopiedOrgEvent, OrgTreeCopy } from './org-tree-copy';

const hired = (id: string, personId: string, name: string, effectiveOn: string): CopiedOrgEvent => ({
  id,
  type: 'PersonHired',
  schemaVersion: 1,
  data: { personId, name, role: 'salesperson', divisionId: null, managerId: null, effectiveOn },
});

describe('OrgTreeCopy', () => {
  it('answers as of a date, folding again only when the copy grows', async () => {
    let events: CopiedOrgEvent[] = [hired('e1', 'p-li', '李娜', '2026-01-01')];
    let reads = 0;
    const copy = new OrgTreeCopy(
      async () => (reads++, events),
      () => '2026-11-28',
    );
    expect((await copy.placeOf('p-li'))?.personId).toBe('p-li');
    expect(await copy.hasPerson('p-wang')).toBe(false);
    const first = await copy.treeToday();
    expect(await copy.treeToday()).toBe(first);
    events = [...events, hired('e2', 'p-wang', '王磊', '2027-01-01')];
    expect(await copy.hasPerson('p-wang')).toBe(false);
    expect((await copy.treeAsOf('2027-01-01')).people.map((p) => p.id)).toEqual(['p-li', 'p-wang']);
    expect(await copy.namesOf(['p-li', 'p-x'])).toEqual({ 'p-li': '李娜' });
    expect(reads).toBeGreaterThan(0);
  });
});
