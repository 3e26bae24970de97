import type { BusinessDate } from '@sales/shared/domain';

/*
 * What signing (K3) asks of the other slices, by token, so each slice stays in its own folder:
 * the reports slice (K2) provides APPROVED_REPORTS, the receivables slice (K5) CUSTOMER_CREDIT.
 */

/** K2: the approved pre-signing report a signing rests on. */
export const APPROVED_REPORTS = Symbol('APPROVED_REPORTS');
export interface ApprovedReports {
  /**
   * The report for (customer, salesperson) that the division manager approved and no signed
   * contract has used yet; undefined when there is none.
   */
  approvedReportFor(
    customerId: string,
    salespersonId: string,
  ): Promise<Readonly<{ reportId: string; approvedOn: BusinessDate }> | undefined>;
}

/** K5: a customer's credit limit (set by finance) and what it owes on open contracts. */
export const CUSTOMER_CREDIT = Symbol('CUSTOMER_CREDIT');
export interface CustomerCredit {
  exposure(customerId: string): Promise<
    Readonly<{
      /** Null when finance set no limit. Integer fen of `currency`. */
      limitMinor: number | null;
      /** 未收应收: signed amounts of the customer's open contracts less what was received on them. */
      openReceivablesMinor: number;
      currency: string;
    }>
  >;
}
