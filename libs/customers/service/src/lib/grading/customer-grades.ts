import type { GradeOrUngraded } from '@sales/customers/events';

/** The grading slice's answer to "what grade is this customer now?" (implemented by that slice). */
export abstract class CustomerGrades {
  abstract gradeOf(customerId: string): Promise<GradeOrUngraded>;
}
