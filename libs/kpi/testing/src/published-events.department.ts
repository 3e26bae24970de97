import type { DivisionCreatedV1, PersonHiredV2 } from '@sales/org/events';
import type { Actor } from '@sales/shared/domain';
import type { LevelTarget, TargetsApprovedV1 } from '@sales/targets/events';

/** One person of the generated department, as org hired them. */
export type Person = Readonly<{
  personId: string;
  divisionId: string | null;
  managerId: string | null;
  actor: Actor;
  hired: PersonHiredV2['data'];
}>;

export type Department = Readonly<{
  divisions: readonly DivisionCreatedV1['data'][];
  people: readonly Person[];
  vp: Person;
  admin: Person;
  finance: Person;
  salespeople: readonly Person[];
}>;

const HIRED_ON = '2027-01-04';
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];

function person(
  personId: string,
  name: string,
  role: PersonHiredV2['data']['role'],
  divisionId: string | null,
  managerId: string | null,
): Person {
  const hired = {
    personId,
    name,
    role,
    divisionId,
    managerId,
    loginSubject: personId,
    effectiveOn: HIRED_ON,
  };
  const actor: Actor = divisionId ? { userId: personId, role, divisionId } : { userId: personId, role };
  return { personId, divisionId, managerId, actor, hired };
}

/** A VP, two divisions (华东, 华南) with a manager and six salespeople each, a sales admin and finance. */
export function department(): Department {
  const divisions: DivisionCreatedV1['data'][] = [
    { divisionId: 'gen-d-east', code: 'EAST', name: '华东事业部', effectiveOn: HIRED_ON },
    { divisionId: 'gen-d-south', code: 'SOUTH', name: '华南事业部', effectiveOn: HIRED_ON },
  ];
  const vp = person('gen-p-vp', '周总', 'vp', null, null);
  const admin = person('gen-p-admin', '林秘书', 'sales_admin', null, vp.personId);
  const finance = person('gen-p-finance', '钱会计', 'finance', null, vp.personId);
  const managers = divisions.map((d, i) =>
    person(`gen-p-m${i + 1}`, `${d.name.slice(0, 2)}经理`, 'division_manager', d.divisionId, vp.personId),
  );
  const salespeople = SURNAMES.map((surname, i) => {
    const manager = managers[i % 2];
    return person(
      `gen-p-s${String(i + 1).padStart(2, '0')}`,
      `${surname}销售`,
      'salesperson',
      manager.divisionId,
      manager.personId,
    );
  });
  return {
    divisions,
    people: [vp, admin, finance, ...managers, ...salespeople],
    vp,
    admin,
    finance,
    salespeople,
  };
}

/** An even year: a month's figure twelve times, a quarter three months. */
function level(monthMinor: number): LevelTarget {
  return {
    year: monthMinor * 12,
    quarters: [1, 2, 3, 4].map(() => monthMinor * 3),
    months: Array(12).fill(monthMinor),
  };
}

function targets(monthMinor: number) {
  const metric = (share: number) => ({
    realistic: level(monthMinor * share),
    stretch: level(monthMinor * share * 1.25),
  });
  return {
    salesAmount: metric(1),
    grossMargin: metric(0.3),
    collections: metric(0.8),
    newCustomers: { realistic: level(10), stretch: level(12) },
  };
}

/** 2027's approved splits: the company into its divisions, each division into its salespeople (exact). */
export function targetsOf(dept: Department): TargetsApprovedV1['data'][] {
  const perPerson = 100_000_000;
  const inDivision = (divisionId: string) => dept.salespeople.filter((p) => p.divisionId === divisionId);
  const company: TargetsApprovedV1['data'] = {
    fiscalYear: 2027,
    currency: 'CNY',
    unit: 'company',
    version: 1,
    approvedBy: dept.vp.personId,
    nodes: [
      {
        node: 'company',
        divisionId: null,
        personId: null,
        targets: targets(perPerson * dept.salespeople.length),
      },
      ...dept.divisions.map((d) => ({
        node: `division:${d.divisionId}` as const,
        divisionId: d.divisionId,
        personId: null,
        targets: targets(perPerson * inDivision(d.divisionId).length),
      })),
    ],
  };
  const divisions = dept.divisions.map((d): TargetsApprovedV1['data'] => ({
    fiscalYear: 2027,
    currency: 'CNY',
    unit: `division:${d.divisionId}`,
    version: 1,
    approvedBy: dept.vp.personId,
    nodes: inDivision(d.divisionId).map((p) => ({
      node: `salesperson:${p.personId}` as const,
      divisionId: d.divisionId,
      personId: p.personId,
      targets: targets(perPerson),
    })),
  }));
  return [company, ...divisions];
}
