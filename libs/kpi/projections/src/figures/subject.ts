/** Whose figures: one salesperson, one division, or the company. */
export type Subject =
  | Readonly<{ kind: 'person'; personId: string }>
  | Readonly<{ kind: 'division'; divisionId: string }>
  | Readonly<{ kind: 'company' }>;

/** Does a fact credited to (person, division) count for the subject? */
export function countsFor(subject: Subject, personId: string | null, divisionId: string | null): boolean {
  switch (subject.kind) {
    case 'person':
      return personId === subject.personId;
    case 'division':
      return divisionId === subject.divisionId;
    case 'company':
      return true;
  }
}
