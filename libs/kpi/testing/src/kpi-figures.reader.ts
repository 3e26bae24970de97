import type { Actor } from '@sales/shared/domain';
import type { ApiCall } from '@sales/shared/app-testing';
import type { ExpectedPeriodFigures, Fraction } from './kpi-quarter.expected-types';

type FigureJson = Readonly<{
  id: string;
  value: any;
  inputs: Readonly<Record<string, any>>;
}>;

/** One answer of `GET /kpi/figures`, as the scenario reads it. */
export type FiguresAnswer = Readonly<{
  figures: readonly FigureJson[];
  asOf: string;
  recordedBefore: string;
}>;

/**
 * Reads `GET /kpi/figures` for one subject and period (and `asOf`) as the KPI API answers it over
 * HTTP — nothing computed here: each number is taken from the answer and arranged into the
 * expectations' neutral shape, so the test compares the API with the hand-worked literals.
 */
export async function readKpiFigures(
  kpi: ApiCall,
  actor: Actor,
  query: Readonly<{ subject: string; period: string; asOf?: string }>,
): Promise<{ answer: FiguresAnswer; figures: ExpectedPeriodFigures }> {
  // The expectations name a salesperson as targets' nodes do; the KPI API takes `person:<id>`.
  const subject = query.subject.replace(/^salesperson:/, 'person:');
  const params = new URLSearchParams({ subject, period: query.period });
  if (query.asOf) params.set('asOf', query.asOf);
  const response = await kpi('GET', `/kpi/figures?${params}`, { actor });
  if (response.status !== 200)
    throw new Error(`GET /kpi/figures?${params}: ${response.status} ${JSON.stringify(response.body)}`);
  const answer = response.body as FiguresAnswer;
  const byId = new Map(answer.figures.map((f) => [f.id, f]));
  const get = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`the answer has no figure ${id}`);
    return found;
  };
  const fraction = (rate: { numerator: number; denominator: number }): Fraction => ({
    numerator: rate.numerator,
    denominator: rate.denominator,
  });
  const attainment = (realisticId: string, stretchId: string, achievedInput: string) => {
    const realistic = get(realisticId);
    const stretch = get(stretchId);
    return {
      achievedMinor: realistic.inputs[achievedInput].amountMinor,
      targetRealisticMinor: realistic.inputs['target']?.amountMinor,
      targetStretchMinor: stretch.inputs['target']?.amountMinor,
      realistic: fraction(realistic.value),
      stretch: fraction(stretch.value),
    };
  };
  const p3 = get('P3');
  const p4 = get('P4');
  const p6 = get('P6');
  return {
    answer,
    figures: {
      p1: attainment('P1.realistic', 'P1.stretch', 'signed'),
      p2: attainment('P2.realistic', 'P2.stretch', 'grossMargin'),
      p3: {
        receivedMinor: p3.inputs['received'].amountMinor,
        openingMinor: p3.inputs['opening'].amountMinor,
        fallingDueMinor: p3.inputs['fallingDue'].amountMinor,
        rate: fraction(p3.value),
      },
      collectionsAttainment: attainment('P7.collections.realistic', 'P7.collections.stretch', 'received'),
      p4: { visits: p4.inputs['visits'], workingDays: p4.inputs['workingDays'], rate: fraction(p4.value) },
      p5: {
        ownedAtEnd: get('P5.owned').value,
        newInPeriod: get('P5.new').value,
        newPotential: get('P7.newPotential').value,
      },
      p6: {
        totalMinor: p6.inputs['signed'].amountMinor,
        lines: Object.fromEntries(
          (p6.value as { productLineId: string; amount: { amountMinor: number } }[]).map((line) => [
            line.productLineId,
            line.amount.amountMinor,
          ]),
        ),
      },
      expensesMinor: get('P7.expenses').inputs['spent'].amountMinor,
    },
  };
}
