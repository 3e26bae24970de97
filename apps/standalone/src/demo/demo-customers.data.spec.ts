import { isValidCreditCode, normaliseCompanyName } from '@sales/customers/domain';
import { demoCreditCode, demoCustomers } from '@sales/demo';

describe('demo customers', () => {
  const customers = demoCustomers(2026, '2026-11-28');

  it('are registrable: valid credit codes, no two names or codes that the duplicate check would join', () => {
    expect(customers.length).toBeGreaterThan(80);
    for (const { creditCode } of customers) if (creditCode) expect(isValidCreditCode(creditCode)).toBe(true);
    const names = customers.map((c) => normaliseCompanyName(c.name));
    expect(new Set(names).size).toBe(names.length);
    const codes = customers.flatMap((c) => (c.creditCode ? [c.creditCode] : []));
    expect(new Set(codes).size).toBe(codes.length);
    expect(isValidCreditCode(demoCreditCode('310000', 1))).toBe(true);
  });

  it('nothing is dated after today', () => {
    for (const c of customers) {
      expect(c.registeredOn <= '2026-11-28').toBe(true);
      for (const p of c.payments) expect(p.receivedOn <= '2026-11-28').toBe(true);
    }
  });
});
