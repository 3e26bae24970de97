import type {
  ContractSignedV1,
  ContractTerminatedV1,
  InvoiceIssuedV1,
  PaymentReceivedV1,
  PaymentReversedV1,
} from '@sales/contracts/events';
import type {
  CheckInRecordedV1,
  CustomerActivatedV1,
  CustomerGradeChangedV1,
  CustomerOwnerChangedV1,
  CustomerRegisteredV1,
  ExpenseApprovedV1,
  FieldDayOutV1,
  FieldWorkPolicySetV1,
  Grade,
  VisitLoggedV1,
} from '@sales/customers/events';
import type { DivisionCreatedV1, PersonHiredV2 } from '@sales/org/events';
import type { Actor } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import type { TargetsApprovedV1 } from '@sales/targets/events';
import { type Department, type Person, department, targetsOf } from './published-events.department';

/*
 * A year of a department's published events, as org, targets, customers and contracts put them on
 * their topics — for replays (the projector crash test, bench:kpi). Deterministic: the same
 * options give the same events, ids and times (a seeded generator, no clock, no random ids).
 * Every event is of a version the KPI projection reads and valid against its committed schema.
 *
 * Working day by working day from 2027-01-04 (recorded at that day's office hours, Asia/Shanghai):
 * each salesperson registers customers, visits them (in person, by phone, jointly with the
 * manager) with a day out and check-ins, files expenses, and signs contracts (1–3 product lines,
 * 13% VAT, a two-instalment plan); invoices follow, payments come on time, late or before the
 * invoice (预收), some are reversed, an occasional contract is terminated and a customer moves to
 * a colleague; a customer's first contract activates it and payments grade it.
 */
export type GeneratedEvent = Readonly<{ context: string; envelope: EventEnvelope }>;

export type PublishedEventsOptions = Readonly<{
  /** At least this many events (the day that reaches it is finished). */
  events: number;
  seed?: number;
}>;

type Contract = {
  id: string;
  customerId: string;
  owner: Person;
  signedOn: string;
  amountMinor: number;
  plan: { instalmentId: string; dueOn: string; amountMinor: number }[];
  facts: ContractSignedV1['data'];
};

/** What every signing event says about the contract. */
type ContractFacts = Omit<
  ContractTerminatedV1['data'],
  'terminatedOn' | 'reason' | 'requestedBy' | 'approvedBy'
>;

type Scheduled = (day: string) => void;

const CNY = 'CNY';
const DAY_MS = 86_400_000;
const PRODUCT_LINES = ['pl-transformer', 'pl-switchgear', 'pl-cable', 'pl-service'];
const GRADE_FLOORS: readonly [Grade, number][] = [
  ['A', 500_000_000],
  ['B', 100_000_000],
  ['C', 20_000_000],
  ['D', 0],
];

export function generatePublishedEvents(options: PublishedEventsOptions): GeneratedEvent[] {
  const out: GeneratedEvent[] = [];
  const random = mulberry32(options.seed ?? 20_270_104);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const versions = new Map<string, number>();
  let sequence = 0;
  let clock = 0;

  const emit = <E extends { type: string; data: unknown }>(
    context: string,
    streamId: string,
    event: Pick<E, 'type' | 'data'>,
    actor: Actor,
    day: string,
    schemaVersion = 1,
  ) => {
    const version = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, version);
    sequence += 1;
    clock += 1;
    // Office hours of the recorded day: 09:00 +08:00 plus a second per event of that day.
    const time = new Date(Date.parse(`${day}T09:00:00+08:00`) + clock * 1000).toISOString();
    const id = `gen-${String(sequence).padStart(7, '0')}`;
    out.push({
      context,
      envelope: {
        id,
        context,
        streamId,
        version,
        type: event.type,
        schemaVersion,
        data: event.data,
        time,
        actor,
        correlationId: `corr-${id}`,
      },
    });
  };

  const dept: Department = department();
  const vp: Actor = { userId: dept.vp.personId, role: 'vp' };
  const admin: Actor = { userId: dept.admin.personId, role: 'sales_admin' };
  const finance: Actor = { userId: dept.finance.personId, role: 'finance' };
  const start = '2027-01-04';

  for (const division of dept.divisions)
    emit<DivisionCreatedV1>('org', 'org-tree', { type: 'DivisionCreated', data: division }, vp, start);
  for (const person of dept.people)
    emit<PersonHiredV2>('org', 'org-tree', { type: 'PersonHired', data: person.hired }, vp, start, 2);
  for (const approval of targetsOf(dept))
    emit<TargetsApprovedV1>(
      'targets',
      `plan-2027-${approval.unit}`,
      { type: 'TargetsApproved', data: approval },
      vp,
      start,
    );
  emit<FieldWorkPolicySetV1>(
    'customers',
    'field-work-policy',
    {
      type: 'FieldWorkPolicySet',
      data: {
        version: 1,
        revisitCadenceDays: { A: 14, B: 30, C: 60, D: 90, ungraded: null },
        minimumCheckInsPerDayOut: 2,
        effectiveOn: start,
      },
    },
    vp,
    start,
  );

  const customersOf = new Map<string, string[]>(dept.salespeople.map((p) => [p.personId, []]));
  const ownerOf = new Map<string, Person>();
  const paidBy = new Map<string, number>();
  const gradeOf = new Map<string, Grade | 'ungraded'>();
  const contracts: Contract[] = [];
  const agenda = new Map<string, Scheduled[]>();
  const later = (day: string, step: Scheduled) => agenda.set(day, [...(agenda.get(day) ?? []), step]);
  let counter = 0;
  const next = (prefix: string) => `${prefix}-${String(++counter).padStart(6, '0')}`;

  const grade = (
    customerId: string,
    paymentId: string,
    day: string,
    kind: 'payment' | 'payment-reversal',
  ) => {
    const total = paidBy.get(customerId) ?? 0;
    const now = GRADE_FLOORS.find(([, floor]) => total >= floor)?.[0] ?? 'D';
    const previous = gradeOf.get(customerId) ?? 'ungraded';
    if (now === previous) return;
    gradeOf.set(customerId, now);
    const data: CustomerGradeChangedV1['data'] = {
      customerId,
      previousGrade: previous,
      grade: now,
      windowTotalMinor: total,
      currency: CNY,
      windowStart: addDays(day, -364),
      windowEnd: day,
      reasonKind: kind,
      reasonRef: paymentId,
      policyVersion: 0,
      changedOn: day,
    };
    emit<CustomerGradeChangedV1>('customers', customerId, { type: 'CustomerGradeChanged', data }, admin, day);
  };

  const pay = (contract: Contract, amountMinor: number, day: string, invoiceId: string | null) => {
    const paymentId = next('pay');
    const party = partyOf(contract);
    const data: PaymentReceivedV1['data'] = {
      ...party,
      paymentId,
      amountMinor,
      currency: CNY,
      receivedOn: day,
      method: pick(['bank_transfer', 'bank_transfer', 'acceptance_bill', 'cheque'] as const),
      invoiceId,
      prepayment: invoiceId === null,
      recordedBy: finance.userId,
    };
    emit<PaymentReceivedV1>('contracts', contract.id, { type: 'PaymentReceived', data }, finance, day);
    paidBy.set(contract.customerId, (paidBy.get(contract.customerId) ?? 0) + amountMinor);
    grade(contract.customerId, paymentId, day, 'payment');
    if (random() < 0.05) {
      const reversed = Math.max(1, Math.round(amountMinor * pick([0.1, 0.5, 1])));
      const reversal: PaymentReversedV1['data'] = {
        ...party,
        paymentId: next('rev'),
        reversalOf: paymentId,
        amountMinor: reversed,
        currency: CNY,
        reversedOn: day,
        reason: '银行退票 bounced',
        recordedBy: finance.userId,
      };
      emit<PaymentReversedV1>(
        'contracts',
        contract.id,
        { type: 'PaymentReversed', data: reversal },
        finance,
        day,
      );
      paidBy.set(contract.customerId, (paidBy.get(contract.customerId) ?? 0) - reversed);
      grade(contract.customerId, reversal.paymentId, day, 'payment-reversal');
    }
  };

  const invoice = (contract: Contract, instalment: Contract['plan'][number], day: string) => {
    const data: InvoiceIssuedV1['data'] = {
      ...partyOf(contract),
      invoiceId: next('inv'),
      instalmentId: instalment.instalmentId,
      amountMinor: instalment.amountMinor,
      currency: CNY,
      issuedOn: day,
      dueOn: instalment.dueOn,
      issuedBy: finance.userId,
    };
    emit<InvoiceIssuedV1>('contracts', contract.id, { type: 'InvoiceIssued', data }, finance, day);
    // On time, late by up to three weeks, or (rarely) never within the year.
    if (random() < 0.9)
      later(addWorkingDays(instalment.dueOn, Math.floor(random() * 15) - 5, day), (d) =>
        pay(contract, instalment.amountMinor, d, data.invoiceId),
      );
  };

  const sign = (person: Person, customerId: string, day: string) => {
    const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
      const amountMinor = (5 + Math.floor(random() * 200)) * 1_000_000;
      return {
        productLineId: pick(PRODUCT_LINES),
        amountMinor,
        vatBasisPoints: 1300,
        amountExclusiveMinor: Math.round((amountMinor * 10_000) / 11_300),
      };
    });
    const amountMinor = sum(lines.map((l) => l.amountMinor));
    const amountExclusiveMinor = sum(lines.map((l) => l.amountExclusiveMinor));
    const costEstimateMinor = Math.round(amountExclusiveMinor * (0.6 + random() * 0.2));
    const id = next('k');
    const first = Math.round(amountMinor * 0.3);
    const plan = [
      { instalmentId: `${id}-1`, name: '首付款', dueOn: addDays(day, 15), amountMinor: first },
      { instalmentId: `${id}-2`, name: '尾款', dueOn: addDays(day, 90), amountMinor: amountMinor - first },
    ];
    const terms: ContractFacts = {
      contractId: id,
      formNumber: `HT-2027-${id.slice(2)}`,
      customerId,
      ownerId: person.personId,
      division: person.divisionId,
      signedOn: day,
      currency: CNY,
      amountMinor,
      amountExclusiveMinor,
      costEstimateMinor,
      grossMarginMinor: amountExclusiveMinor - costEstimateMinor,
      lines,
    };
    const facts: ContractSignedV1['data'] = {
      ...terms,
      paymentPlan: plan,
      reportId: `rpt-${id}`,
      reportOverride: null,
      creditOverride: null,
      signedBy: person.personId,
    };
    emit<ContractSignedV1>('contracts', id, { type: 'ContractSigned', data: facts }, person.actor, day);
    const contract: Contract = { id, customerId, owner: person, signedOn: day, amountMinor, plan, facts };
    contracts.push(contract);
    if (!gradeOf.has(customerId)) {
      gradeOf.set(customerId, 'ungraded');
      const data: CustomerActivatedV1['data'] = { customerId, contractId: id, activatedOn: day };
      emit<CustomerActivatedV1>('customers', customerId, { type: 'CustomerActivated', data }, admin, day);
    }
    if (random() < 0.03) {
      const terminatedOn = addWorkingDays(day, 10, day);
      later(terminatedOn, (d) => {
        const data: ContractTerminatedV1['data'] = {
          ...terms,
          terminatedOn: d,
          reason: '客户取消项目 project cancelled',
          requestedBy: person.personId,
          approvedBy: vp.userId,
        };
        emit<ContractTerminatedV1>('contracts', id, { type: 'ContractTerminated', data }, vp, d);
      });
      return;
    }
    // 预收: a fifth of the deposits come before any invoice.
    if (random() < 0.2) later(addWorkingDays(day, 3, day), (d) => pay(contract, first, d, null));
    else later(addWorkingDays(day, 2, day), (d) => invoice(contract, plan[0], d));
    later(addWorkingDays(plan[1].dueOn, -10, day), (d) => invoice(contract, plan[1], d));
  };

  const register = (person: Person, day: string) => {
    const customerId = next('c');
    const data: CustomerRegisteredV1['data'] = {
      customerId,
      name: `${pick(['江苏', '浙江', '广东', '福建', '上海'])}${customerId}电气有限公司`,
      creditCode: null,
      industry: pick(['电力', '制造', '地产', '交通']),
      region: person.divisionId === dept.divisions[0].divisionId ? '华东' : '华南',
      source: pick(['展会', '转介绍', '电话开发']),
      status: 'potential',
      ownerId: person.personId,
      divisionId: person.divisionId,
      registeredOn: day,
    };
    emit<CustomerRegisteredV1>(
      'customers',
      customerId,
      { type: 'CustomerRegistered', data },
      person.actor,
      day,
    );
    customersOf.get(person.personId)?.push(customerId);
    ownerOf.set(customerId, person);
  };

  const fieldDay = (person: Person, day: string) => {
    const own = customersOf.get(person.personId) ?? [];
    if (own.length === 0) return;
    const dayStream = `field-day-${person.personId}-${day}`;
    let out = false;
    for (let v = 0; v < 1 + Math.floor(random() * 3); v++) {
      const kind = pick(['in-person', 'in-person', 'phone', 'joint'] as const);
      const visitId = next('v');
      const data: VisitLoggedV1['data'] = {
        visitId,
        salespersonId: person.personId,
        divisionId: person.divisionId,
        businessDate: day,
        visitedAt: `${day}T${String(9 + v * 2).padStart(2, '0')}:30:00+08:00`,
        customerId: pick(own),
        kind,
        coachId: kind === 'joint' ? person.managerId : null,
        nextContactOn: random() < 0.5 ? addDays(day, 14) : null,
      };
      emit<VisitLoggedV1>('customers', `visit-${visitId}`, { type: 'VisitLogged', data }, person.actor, day);
      if (kind === 'phone' || out) continue;
      out = true;
      const dayOut: FieldDayOutV1['data'] = {
        personId: person.personId,
        divisionId: person.divisionId,
        businessDate: day,
        reason: 'visit',
        visitId,
      };
      emit<FieldDayOutV1>('customers', dayStream, { type: 'FieldDayOut', data: dayOut }, person.actor, day);
    }
    if (!out) return;
    for (let c = 0; c < Math.floor(random() * 3); c++) {
      const data: CheckInRecordedV1['data'] = {
        checkInId: next('ci'),
        personId: person.personId,
        divisionId: person.divisionId,
        businessDate: day,
        recordedAt: `${day}T${String(10 + c * 3).padStart(2, '0')}:00:00+08:00`,
        customerId: random() < 0.7 ? pick(own) : null,
      };
      emit<CheckInRecordedV1>('customers', dayStream, { type: 'CheckInRecorded', data }, person.actor, day);
    }
  };

  for (let day = start; out.length < options.events; day = addWorkingDays(day, 1, day)) {
    clock = 0;
    for (const step of agenda.get(day) ?? []) step(day);
    agenda.delete(day);
    for (const person of dept.salespeople) {
      if (random() < 0.5) register(person, day);
      fieldDay(person, day);
      const own = customersOf.get(person.personId) ?? [];
      if (own.length > 0 && random() < 0.25) sign(person, pick(own), day);
      if (random() < 0.1) {
        const data: ExpenseApprovedV1['data'] = {
          expenseId: next('exp'),
          personId: person.personId,
          divisionId: person.divisionId,
          businessDate: day,
          category: pick(['travel', 'entertainment', 'transport'] as const),
          amountMinor: (50 + Math.floor(random() * 2000)) * 100,
          currency: CNY,
          customerId: own.length > 0 ? pick(own) : null,
          approvedBy: person.managerId ?? vp.userId,
          approvedOn: day,
          selfApproved: false,
        };
        emit<ExpenseApprovedV1>(
          'customers',
          `expense-${data.expenseId}`,
          { type: 'ExpenseApproved', data },
          person.actor,
          day,
        );
      }
    }
    // Now and then a customer moves to a colleague of the same division (区域调整).
    if (random() < 0.2) {
      const [customerId, from] = pick([...ownerOf.entries()]);
      const to = pick(dept.salespeople.filter((p) => p.divisionId === from.divisionId && p !== from));
      const data: CustomerOwnerChangedV1['data'] = {
        customerId,
        fromOwnerId: from.personId,
        fromDivisionId: from.divisionId,
        toOwnerId: to.personId,
        toDivisionId: to.divisionId,
        reason: 'territory',
        effectiveOn: day,
      };
      emit<CustomerOwnerChangedV1>('customers', customerId, { type: 'CustomerOwnerChanged', data }, vp, day);
      ownerOf.set(customerId, to);
      customersOf.set(
        from.personId,
        (customersOf.get(from.personId) ?? []).filter((id) => id !== customerId),
      );
      customersOf.get(to.personId)?.push(customerId);
    }
  }
  return out;
}

function partyOf(contract: Contract) {
  return {
    contractId: contract.id,
    customerId: contract.customerId,
    ownerId: contract.owner.personId,
    divisionId: contract.owner.divisionId,
  };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `days` Monday–Friday days after `day` (before it when negative); always a working day after `today`. */
function addWorkingDays(day: string, days: number, today: string): string {
  let current = day;
  for (let left = Math.abs(days); left > 0; ) {
    current = addDays(current, Math.sign(days));
    if (!isWeekend(current)) left -= 1;
  }
  while (isWeekend(current) || current <= today) current = addDays(current, 1);
  return current;
}

function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** A small seeded generator (mulberry32): the same seed, the same sequence. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
