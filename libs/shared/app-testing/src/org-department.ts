import type { ApiCall } from './distributed-platform';

/** These org changes are dated before today (倒签): only with a reason, by the VP or an admin. */
const BACKDATED = '补录既有组织 / recording the existing department';

export type DepartmentHire = readonly [
  personId: string,
  name: string,
  role: string,
  divisionId: string | null,
  managerId: string,
];

/**
 * Records a scenario's department through org's HTTP API, dated `day` (before today, so with a
 * reason): the VP 张伟 (p-vp) hired by IT admin, then the VP creates the divisions and hires the
 * people in the order given. Each step must answer 201, or it throws naming the step.
 */
export async function hireThroughOrg(
  org: ApiCall,
  department: Readonly<{
    day: string;
    divisions: readonly (readonly [divisionId: string, code: string, name: string])[];
    people: readonly DepartmentHire[];
  }>,
): Promise<void> {
  const admin = { userId: 'p-admin', role: 'admin' } as const;
  const vp = { userId: 'p-vp', role: 'vp' } as const;
  const expect201 = async (step: string, path: string, actor: typeof admin | typeof vp, body: object) => {
    const response = await org('POST', path, {
      actor,
      body: { ...body, effectiveOn: department.day, backdatingReason: BACKDATED },
    });
    if (response.status !== 201)
      throw new Error(`${step}: ${response.status} ${JSON.stringify(response.body)}`);
  };
  await expect201('hire VP', '/org/people', admin, { personId: 'p-vp', name: '张伟', role: 'vp' });
  for (const [divisionId, code, name] of department.divisions)
    await expect201(`create ${name}`, '/org/divisions', vp, { divisionId, code, name });
  for (const [personId, name, role, divisionId, managerId] of department.people)
    await expect201(`hire ${name}`, '/org/people', vp, { personId, name, role, divisionId, managerId });
}

/** The two divisions the contexts' API scenarios share: 华东 and 华南. */
export const SCENARIO_DIVISIONS = [
  ['d-east', 'EAST', '华东事业部'],
  ['d-south', 'SOUTH', '华南事业部'],
] as const;
