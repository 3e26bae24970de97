import {
  type BusinessDate,
  DomainError,
  formatMoney,
  isBusinessDate,
  isCurrencyCode,
} from '@sales/shared/domain';
import type { ContractLine, PlanInstalment } from './contract-terms';
import type { SignContract } from './contract-commands';

/*
 * What a contract's terms must satisfy before anyone is asked anything (400, naming the field):
 * money as positive whole fen of a real currency, lines and payment plan each adding up to the
 * contract amount (so product mix and receivables both account for every fen), VAT rates that are
 * rates, due dates on or after the signing date.
 */

export const MAX_TEXT = 500;
export const MAX_VAT_BASIS_POINTS = 2_500;
export const MAX_LINES = 50;
export const MAX_INSTALMENTS = 60;

function fen(value: number, field: string, minimum: number): void {
  if (!Number.isSafeInteger(value) || value < minimum)
    throw new DomainError('contract-amount-invalid', { field, value, minimum });
}

function sumOf(items: readonly Readonly<{ amountMinor: number }>[]): number {
  return items.reduce((sum, item) => sum + item.amountMinor, 0);
}

function checkLines(data: SignContract['data']): ContractLine[] {
  const { lines, productLineIds, amountMinor, currency } = data;
  if (lines.length === 0 || lines.length > MAX_LINES)
    throw new DomainError('contract-lines-count', { field: 'lines', count: lines.length, max: MAX_LINES });
  lines.forEach((line, i) => {
    if (!productLineIds.includes(line.productLineId))
      throw new DomainError('unknown-product-line', {
        field: `lines[${i}].productLineId`,
        productLineId: line.productLineId,
      });
    fen(line.amountMinor, `lines[${i}].amountMinor`, 1);
    const vat = line.vatBasisPoints;
    if (!Number.isInteger(vat) || vat < 0 || vat > MAX_VAT_BASIS_POINTS)
      throw new DomainError('vat-rate-invalid', {
        field: `lines[${i}].vatBasisPoints`,
        value: vat,
        max: MAX_VAT_BASIS_POINTS,
      });
  });
  const total = sumOf(lines);
  if (total !== amountMinor)
    throw new DomainError('contract-lines-not-summing', {
      field: 'lines',
      total: formatMoney(total, currency),
      amount: formatMoney(amountMinor, currency),
      totalMinor: total,
      amountMinor,
    });
  return lines.map(({ productLineId, amountMinor: lineAmount, vatBasisPoints }) => ({
    productLineId,
    amountMinor: lineAmount,
    vatBasisPoints,
  }));
}

function checkPlan(data: SignContract['data']): PlanInstalment[] {
  const { paymentPlan, amountMinor, currency, signedOn } = data;
  if (paymentPlan.length === 0 || paymentPlan.length > MAX_INSTALMENTS)
    throw new DomainError('payment-plan-count', {
      field: 'paymentPlan',
      count: paymentPlan.length,
      max: MAX_INSTALMENTS,
    });
  paymentPlan.forEach((instalment, i) => {
    if (!instalment.name.trim())
      throw new DomainError('instalment-name-required', { field: `paymentPlan[${i}].name` });
    fen(instalment.amountMinor, `paymentPlan[${i}].amountMinor`, 1);
    if (!isBusinessDate(instalment.dueOn))
      throw new DomainError('contract-date-invalid', {
        field: `paymentPlan[${i}].dueOn`,
        value: instalment.dueOn,
      });
    if (instalment.dueOn < signedOn)
      throw new DomainError('instalment-due-before-signing', {
        field: `paymentPlan[${i}].dueOn`,
        dueOn: instalment.dueOn,
        signedOn,
      });
  });
  const total = sumOf(paymentPlan);
  if (total !== amountMinor)
    throw new DomainError('payment-plan-not-summing', {
      field: 'paymentPlan',
      total: formatMoney(total, currency),
      amount: formatMoney(amountMinor, currency),
      totalMinor: total,
      amountMinor,
    });
  return paymentPlan.map((instalment, i) => ({
    instalmentId: `i${i + 1}`,
    name: instalment.name.trim(),
    dueOn: instalment.dueOn,
    amountMinor: instalment.amountMinor,
  }));
}

function checkDate(value: BusinessDate, field: string): void {
  if (!isBusinessDate(value)) throw new DomainError('contract-date-invalid', { field, value });
}

/** The lines and the plan as the terms hold them, once every figure is checked. */
export function checkedTerms(
  data: SignContract['data'],
): Readonly<{ lines: ContractLine[]; paymentPlan: PlanInstalment[] }> {
  checkDate(data.signedOn, 'signedOn');
  if (data.signedOn > data.today)
    throw new DomainError('signing-date-in-future', {
      field: 'signedOn',
      signedOn: data.signedOn,
      today: data.today,
    });
  if (!isCurrencyCode(data.currency))
    throw new DomainError('contract-currency-invalid', { field: 'currency', value: data.currency });
  fen(data.amountMinor, 'amountMinor', 1);
  fen(data.costEstimateMinor, 'costEstimateMinor', 0);
  return { lines: checkLines(data), paymentPlan: checkPlan(data) };
}

/** Trimmed free text ('' when none was given), at most MAX_TEXT characters. */
export function textOf(text: string | null, field: string): string {
  const trimmed = (text ?? '').trim();
  if (trimmed.length > MAX_TEXT) throw new DomainError('contract-text-too-long', { field, max: MAX_TEXT });
  return trimmed;
}
