import { DEMO_DIVISIONS, demoContracts, demoPace } from '@sales/demo';

describe('demo contracts', () => {
  const today = '2026-11-28';
  const contracts = demoContracts(2026, today);
  const elapsed = 332 / 365;

  it('each contract adds up: lines and payment plan sum to the amount, payments never exceed it', () => {
    expect(contracts.length).toBeGreaterThan(50);
    for (const c of contracts) {
      expect(c.lines.reduce((s, l) => s + l.amountYuan, 0)).toBe(c.amountYuan);
      expect(c.instalments.reduce((s, i) => s + i.amountYuan, 0)).toBe(c.amountYuan);
      expect(c.payments.reduce((s, p) => s + p.amountYuan, 0)).toBeLessThanOrEqual(c.amountYuan);
      for (const l of c.lines) expect(l.amountYuan).toBeGreaterThan(0);
      expect(c.costEstimateYuan).toBeGreaterThan(0);
    }
  });

  it('nothing happened after today', () => {
    for (const c of contracts) {
      expect(c.signedOn <= today).toBe(true);
      expect(c.signedOn > c.customer.registeredOn).toBe(true);
      for (const p of c.payments) expect(p.receivedOn <= today).toBe(true);
    }
  });

  it('signings run at each salesperson’s pace against their target: some ahead, some behind', () => {
    let ahead = 0;
    let behind = 0;
    for (const division of DEMO_DIVISIONS) {
      division.salespeople.forEach((person, p) => {
        const signed = contracts.filter((c) => c.ownerId === person.personId);
        if (signed.length === 0) return;
        const total = signed.reduce((s, c) => s + c.amountYuan, 0);
        const attainment = total / (person.salesYuan * elapsed);
        expect(attainment).toBeCloseTo(demoPace(p, division.salespeople.length), 2);
        if (attainment > 1) ahead++;
        if (attainment < 0.8) behind++;
      });
    }
    expect(ahead).toBeGreaterThanOrEqual(3);
    expect(behind).toBeGreaterThanOrEqual(3);
  });

  it('the year shows delays, one stop directive and overdue instalments', () => {
    expect(contracts.filter((c) => c.installation.delay).length).toBeGreaterThan(5);
    expect(contracts.filter((c) => c.installation.stoppedOn).length).toBe(1);
    const overdue = contracts.filter((c) =>
      c.instalments.some((inst, i) => inst.dueOn < today && !c.payments.some((p) => p.instalment === i)),
    );
    expect(overdue.length).toBeGreaterThan(3);
  });
});
