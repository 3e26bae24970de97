import type { YearArrangement } from '@sales/kpi/domain';
import type { FactOrigin, KpiFact, OrgChangeFact, TargetsFact } from '@sales/kpi/projections';
import type { NodeTargets } from '@sales/targets/events';
import type { WorkCalendars } from '../calendar/work-calendars.port';
import { type FactSource, snapshotOf } from '../fact-store/fact-source.port';

/* For the figures' specs: facts as the projector stores them, built by hand. */

let serial = 0;

/** A fact's origin, recorded at 10:00 in Shanghai on its business date unless `recordedAt` says otherwise. */
export function origin(
  businessDate: string,
  eventType: string,
  context: string,
  recordedAt?: string,
): FactOrigin {
  const id = `ev-${++serial}`;
  return {
    factId: id,
    eventId: id,
    context,
    eventType,
    schemaVersion: 1,
    recordedAt: recordedAt ?? `${businessDate}T02:00:00.000Z`,
    businessDate,
  };
}

const org = (type: string, data: Record<string, unknown>): OrgChangeFact => ({
  ...origin(String(data.effectiveOn), type, 'org', '2027-01-01T01:00:00.000Z'),
  kind: 'org-change',
  event: { type, schemaVersion: type === 'PersonHired' ? 2 : 1, data },
});

export const divisionCreated = (divisionId: string, name: string) =>
  org('DivisionCreated', { divisionId, code: divisionId.toUpperCase(), name, effectiveOn: '2027-01-01' });

export const hired = (personId: string, name: string, role: string, divisionId: string | null) =>
  org('PersonHired', {
    personId,
    name,
    role,
    divisionId,
    managerId: null,
    loginSubject: personId,
    effectiveOn: '2027-01-01',
  });

/** A level whose quarters are all `quarter` fen and whose months are a third of it. */
export function level(quarter: number) {
  const month = quarter / 3;
  return { year: 4 * quarter, quarters: [quarter, quarter, quarter, quarter], months: Array(12).fill(month) };
}

export function approvedTargets(
  nodes: readonly { node: string; targets: NodeTargets }[],
  approvedOn = '2027-01-05',
): TargetsFact {
  return {
    ...origin(approvedOn, 'PlanApproved', 'targets'),
    kind: 'targets',
    fiscalYear: 2027,
    unit: 'company',
    version: 1,
    currency: 'CNY',
    nodes: nodes.map(({ node, targets }) => ({
      node,
      divisionId: node.startsWith('division:') ? node.slice('division:'.length) : null,
      personId: node.startsWith('salesperson:') ? node.slice('salesperson:'.length) : null,
      targets,
    })),
  };
}

export const source = (facts: readonly KpiFact[]): FactSource => ({
  snapshot: async () => snapshotOf(facts),
});

/** 2027 as the specs arrange it: 元旦 on Friday 1 January, 春节 8–12 February, Saturday 20 February worked (调休). */
export const CALENDAR_2027: YearArrangement = {
  year: 2027,
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    ...['08', '09', '10', '11', '12'].map((d) => ({ date: `2027-02-${d}`, name: '春节' })),
  ],
  makeUpWorkdays: [{ date: '2027-02-20', name: '春节调休' }],
};

export const fixedCalendars: WorkCalendars = {
  arrangementsAsOf: async () => new Map([[2027, CALENDAR_2027]]),
};
