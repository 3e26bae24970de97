import type { Actor } from '@sales/shared/domain';
import type { SchemeVersion } from '../schemes/scheme-version';
import type { CycleCommand } from './cycle-commands';
import type { CycleEvent, CycleResult } from './cycle-events';
import type { CycleOrgView } from './cycle-org';
import type { CyclePeriod } from './cycle-period';
import type { CycleSnapshot, SnapshotSubject } from './cycle-snapshot';
import type { CycleSubject } from './cycle-subjects';

/*
 * Event factories and a small department for the cycle specs: 张伟 the VP (top of the tree),
 * 华东 managed by 陈明 with 李娜 and 王磊, 市场部主管 周芳, a finance clerk.
 */

export const NOW = '2027-04-02T02:00:00.000Z';
export const TODAY = '2027-04-02';
export const CYCLE_ID = 'sales-q.2027-Q1';
export const Q1: CyclePeriod = { kind: 'quarter', label: '2027-Q1', from: '2027-01-01', to: '2027-03-31' };

export const ORG: CycleOrgView = {
  divisions: [{ id: 'd-east', name: '华东事业部', managerId: 'p-chen' }],
  people: [
    { id: 'p-vp', name: '张伟', role: 'vp', divisionId: null, managerId: null },
    { id: 'p-chen', name: '陈明', role: 'division_manager', divisionId: 'd-east', managerId: 'p-vp' },
    { id: 'p-li', name: '李娜', role: 'salesperson', divisionId: 'd-east', managerId: 'p-chen' },
    { id: 'p-wang', name: '王磊', role: 'salesperson', divisionId: 'd-east', managerId: 'p-chen' },
    { id: 'p-zhou', name: '周芳', role: 'sales_admin', divisionId: null, managerId: 'p-vp' },
    { id: 'p-fin', name: '孙财', role: 'finance', divisionId: null, managerId: null },
  ],
};

export const as = (userId: string): Actor => {
  const person = ORG.people.find((p) => p.id === userId);
  return { userId, role: person?.role ?? 'admin' };
};

export const SCHEME: SchemeVersion = {
  schemeId: 'sales-q',
  version: 2,
  effectiveFrom: '2027-01-01',
  name: '业务人员季度考核办法',
  appliesTo: 'salesperson',
  kpis: [
    { figureId: 'P1.realistic', weightPercent: 40, curve: { kind: 'linear', floor: '0.6', target: '1' } },
    { figureId: 'P3', weightPercent: 30, curve: { kind: 'linear', floor: '0.5', target: '1' } },
  ],
  qualitativeWeightPercent: 30,
  gradeBands: [
    { grade: 'A', minScore: 90 },
    { grade: 'B', minScore: 75 },
    { grade: 'C', minScore: 60 },
    { grade: 'D', minScore: 0 },
  ],
  miss: { kind: 'grades', grades: ['D'] },
  ladder: {
    help: { text: '制定辅导计划' },
    penalty: { text: '扣减提成', amountMinor: 50_000 },
    eliminationWarning: { text: '淘汰预警' },
  },
  commission: {
    basis: 'collections',
    mode: 'full',
    currency: 'CNY',
    tiers: [{ fromMinor: 0, ratePercent: 2 }],
    accelerators: [],
  },
};

export const LI: CycleSubject = {
  kind: 'person',
  id: 'p-li',
  personId: 'p-li',
  divisionId: 'd-east',
  name: '李娜',
};
export const WANG: CycleSubject = {
  kind: 'person',
  id: 'p-wang',
  personId: 'p-wang',
  divisionId: 'd-east',
  name: '王磊',
};

const acting = (userId: string) => ({ actor: as(userId), now: NOW, today: TODAY, org: ORG });

export const opened = (subjects: readonly CycleSubject[] = [LI, WANG]): CycleEvent => ({
  type: 'CycleOpened',
  data: {
    cycleId: CYCLE_ID,
    period: Q1,
    scheme: { schemeId: 'sales-q', version: 2, name: SCHEME.name, appliesTo: 'salesperson' },
    currency: 'CNY',
    subjects,
    openedBy: 'p-vp',
    openedAt: '2027-01-02T01:00:00.000Z',
  },
});

export const closed = (): CycleEvent => ({
  type: 'CycleClosed',
  data: { cycleId: CYCLE_ID, closedBy: 'p-zhou', closedAt: NOW, asOf: TODAY },
});

const figuresOf = (
  attainment: string,
  collectionRate: string,
  collectedMinor: number,
): SnapshotSubject['figures'] => [
  { figureId: 'P1.realistic', unit: 'rate', value: attainment, display: '', reason: null },
  { figureId: 'P3', unit: 'rate', value: collectionRate, display: '', reason: null },
  { figureId: 'P3.collected', unit: 'money', value: String(collectedMinor), display: '', reason: null },
];

const subjectFigures = (
  subject: CycleSubject,
  attainment: string,
  rate: string,
  collected: number,
): SnapshotSubject => ({
  kind: subject.kind,
  id: subject.id,
  name: subject.name,
  figures: figuresOf(attainment, rate, collected),
  amounts: {
    signedMinor: 0,
    grossMarginMinor: 0,
    collectedMinor: collected,
    targets: {
      sales: { realisticMinor: null, stretchMinor: null },
      grossMargin: { realisticMinor: null, stretchMinor: null },
      collections: { realisticMinor: null, stretchMinor: null },
    },
  },
  explain: `/kpi/figures/explain?subject=${subject.kind}:${subject.id}&period=2027-Q1&asOf=${TODAY}`,
});

export const snapshot = (eventId = 'evt-kpi-1', liAttainment = '1'): CycleSnapshot => ({
  eventId,
  requestId: CYCLE_ID,
  period: Q1,
  asOf: TODAY,
  recordedBefore: NOW,
  readModelVersion: 'v1',
  currency: 'CNY',
  subjects: [
    subjectFigures(LI, liAttainment, '0.9', 10_000_000),
    subjectFigures(WANG, '0.5', '0.4', 2_000_000),
  ],
});

export const snapshotRecorded = (s: CycleSnapshot = snapshot()): CycleEvent => ({
  type: 'CycleSnapshotRecorded',
  data: { cycleId: CYCLE_ID, snapshot: s },
});

export const evaluated = (subject: CycleSubject, score: number, by = 'p-chen'): CycleEvent => ({
  type: 'QualitativeEvaluationRecorded',
  data: {
    cycleId: CYCLE_ID,
    subjectKey: `person:${subject.id}`,
    evaluation: { score, causes: '', measures: '', evaluatedBy: by, evaluatedAt: NOW },
  },
});

export const submitted = (by = 'p-zhou', approverId = 'p-vp'): CycleEvent => ({
  type: 'CycleSubmittedForApproval',
  data: { cycleId: CYCLE_ID, submittedBy: by, submittedAt: NOW, approverId },
});

export const approved = (): CycleEvent => ({
  type: 'CycleApproved',
  data: { cycleId: CYCLE_ID, approvedBy: 'p-vp', approvedAt: NOW, selfApproval: false },
});

export const resultsPublished = (results: readonly CycleResult[]): CycleEvent => ({
  type: 'CycleResultsPublished',
  data: { cycleId: CYCLE_ID, publishedBy: 'p-vp', publishedAt: NOW, results },
});

export const appealFiled = (subject: CycleSubject = WANG, reason = '回款延迟非本人原因'): CycleEvent => ({
  type: 'AppealFiled',
  data: {
    cycleId: CYCLE_ID,
    subjectKey: `person:${subject.id}`,
    filedBy: subject.personId,
    filedAt: NOW,
    reason,
  },
});

/** A command as `userId` would send it today. */
export function command<T extends CycleCommand['type']>(
  type: T,
  userId: string,
  data: Omit<Extract<CycleCommand, { type: T }>['data'], 'actor' | 'now' | 'today' | 'org'> = {} as never,
): CycleCommand {
  return { type, data: { ...acting(userId), ...data } } as CycleCommand;
}
