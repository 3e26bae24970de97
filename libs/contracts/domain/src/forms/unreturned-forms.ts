import type { BusinessDate } from '@sales/shared/domain';
import type { Form } from './form-book';

/*
 * 未交回合同 (K1): forms still out — neither used, voided nor returned — per person and per
 * division, with how many days each has been out as of today (the day of issue counts 0). They
 * block a resignation (O2), so the oldest come first.
 */

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (business dates, `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysFrom(from: BusinessDate, to: BusinessDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** An out form as listed: its number and book, who holds it, where they are filed, since when. */
export type UnreturnedForm = Readonly<{
  number: string;
  year: number;
  holderId: string;
  divisionId: string | null;
  issuedOn: BusinessDate;
  daysOut: number;
}>;

export type UnreturnedOfPerson = Readonly<{
  holderId: string;
  divisionId: string | null;
  count: number;
  oldestDaysOut: number;
  forms: readonly UnreturnedForm[];
}>;

export type UnreturnedOfDivision = Readonly<{
  divisionId: string | null;
  count: number;
  holders: number;
  oldestDaysOut: number;
}>;

export type UnreturnedForms = Readonly<{
  asOf: BusinessDate;
  total: number;
  people: readonly UnreturnedOfPerson[];
  divisions: readonly UnreturnedOfDivision[];
}>;

/** A book's form with its year and the division it is filed under today. */
export type PlacedForm = Form & Readonly<{ year: number }>;

export function unreturnedForms(forms: readonly PlacedForm[], today: BusinessDate): UnreturnedForms {
  const out = forms
    .filter((form) => form.status === 'out')
    .map(
      ({ number, year, holderId, divisionId, issuedOn }): UnreturnedForm => ({
        number,
        year,
        holderId,
        divisionId,
        issuedOn,
        daysOut: Math.max(0, daysFrom(issuedOn, today)),
      }),
    )
    .sort((a, b) => b.daysOut - a.daysOut || a.year - b.year || a.number.localeCompare(b.number));
  const people = new Map<string, UnreturnedForm[]>();
  for (const form of out) people.set(form.holderId, [...(people.get(form.holderId) ?? []), form]);
  const byPerson = [...people.entries()].map(
    ([holderId, held]): UnreturnedOfPerson => ({
      holderId,
      divisionId: held[0].divisionId,
      count: held.length,
      oldestDaysOut: held[0].daysOut,
      forms: held,
    }),
  );
  const divisions = new Map<string | null, UnreturnedOfPerson[]>();
  for (const person of byPerson)
    divisions.set(person.divisionId, [...(divisions.get(person.divisionId) ?? []), person]);
  const byDivision = [...divisions.entries()].map(
    ([divisionId, holders]): UnreturnedOfDivision => ({
      divisionId,
      count: holders.reduce((sum, p) => sum + p.count, 0),
      holders: holders.length,
      oldestDaysOut: Math.max(...holders.map((p) => p.oldestDaysOut)),
    }),
  );
  return { asOf: today, total: out.length, people: byPerson, divisions: byDivision };
}
