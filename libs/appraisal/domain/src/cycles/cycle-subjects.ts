import type { CycleOrgView } from './cycle-org';

/** Salespeople on their own figures; division managers (事业部经理) on their division's figures. */
export type CycleSubjectRole = 'salesperson' | 'division_manager';

/**
 * Whom a cycle appraises: a person (a salesperson) or a division (its manager, on the division's
 * figures). `personId` is the one appraised — who is evaluated, who may appeal, whose pay it is.
 */
export type CycleSubject = Readonly<{
  kind: 'person' | 'division';
  id: string;
  personId: string;
  divisionId: string | null;
  name: string;
}>;

/** `person:p-li`, `division:d-east`: a subject in a URL and in the KPI service's explain links. */
export const subjectKeyOf = (subject: Pick<CycleSubject, 'kind' | 'id'>): string =>
  `${subject.kind}:${subject.id}`;

/**
 * The subjects of a cycle under a scheme for `appliesTo`, from the tree as of the period's end:
 * the salespeople still in the department (resigning included: they worked the period), or every
 * division with a manager (a division without one has nobody to appraise).
 */
export function cycleSubjectsOf(orgAtPeriodEnd: CycleOrgView, appliesTo: CycleSubjectRole): CycleSubject[] {
  if (appliesTo === 'division_manager') {
    return orgAtPeriodEnd.divisions.flatMap((division) =>
      division.managerId
        ? [
            {
              kind: 'division' as const,
              id: division.id,
              personId: division.managerId,
              divisionId: division.id,
              name: division.name,
            },
          ]
        : [],
    );
  }
  return orgAtPeriodEnd.people
    .filter((p) => p.role === 'salesperson' && p.status !== 'left')
    .map((p) => ({
      kind: 'person' as const,
      id: p.id,
      personId: p.id,
      divisionId: p.divisionId,
      name: p.name,
    }));
}
