import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ApiCall,
  type ContractToGradeOutcome,
  contractToGrade,
  contractsActors as who,
} from '@sales/contracts/testing';
import { type AppHarness, startApp } from '@sales/shared/app-testing';
import { standaloneApp } from './standalone.app';

/**
 * Issue 10's end to end in standalone mode: the same scenario as the distributed one
 * (apps/contracts-service/src/contract-to-grade.int-spec.ts), every context in one process on the
 * in-process bus — plus the report's refusals on the way.
 */
describe('from the pre-signing report to the customer’s grade in standalone', () => {
  let dataDir: string;
  let harness: AppHarness;
  let call: ApiCall;
  let outcome: ContractToGradeOutcome;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'contract-to-grade-'));
    harness = await startApp(standaloneApp, { SALES_CLOCK: '2027-03-10T10:00:00+08:00', DATA_DIR: dataDir });
    call = (method, path, options) => harness.request(method, path, options);
    outcome = await contractToGrade({ org: call, customers: call, contracts: call });
  }, 120_000);
  afterAll(async () => {
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('the contract rests on the approved report; the payment makes the customer B, naming that payment', () => {
    expect(outcome.grades.grade).toBe('B');
    expect(outcome.grades.changes).toMatchObject([
      { previousGrade: 'ungraded', grade: 'D', reason: { kind: 'activation', ref: outcome.contractId } },
      {
        previousGrade: 'D',
        grade: 'B',
        windowTotalMinor: 60_000_000,
        reason: { kind: 'payment', ref: outcome.paymentId },
      },
    ]);
  });

  it('the approved report is used up by the contract: a second signing needs a new report', async () => {
    const report = await call('GET', `/contracts/reports/${outcome.reportId}`, { actor: who.li });
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ status: 'approved', decidedBy: 'p-chen', approverName: '陈志强' });
    expect(report.body.feasibility.map((f: { outcome: string }) => f.outcome)).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
    ]);
    const form = await call('POST', '/contracts/forms', {
      actor: who.salesAdmin,
      body: { holderId: 'p-li' },
    });
    const again = await call('POST', '/contracts', {
      actor: who.li,
      body: {
        formNumber: form.body.numbers[0],
        customerId: outcome.customerId,
        signedOn: '2027-03-09',
        currency: 'CNY',
        amountMinor: 10_000_000,
        costEstimateMinor: 5_000_000,
        lines: [{ productLineId: 'led', amountMinor: 10_000_000 }],
        paymentPlan: [{ name: '全款', dueOn: '2027-03-30', amountMinor: 10_000_000 }],
      },
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('no-approved-report');
  });

  it('a refused check sends the report back; approval waits for all three; wrong roles 403; bad input 400 naming the field', async () => {
    const body = {
      customerId: outcome.customerId,
      expectedAmountMinor: 50_000_000,
      products: [{ productLineId: 'lcd-wall' }],
      expectedSigningOn: '2027-04-01',
      expectedDeliveryOn: '2027-05-01',
      technicalRequirements: '3×3 拼接',
      installationConditions: '吊顶',
    };
    const submitted = await call('POST', '/contracts/reports', { actor: who.li, body });
    expect(submitted.status).toBe(201);
    const id = submitted.body.reportId;
    const early = await call('POST', `/contracts/reports/${id}/decision`, {
      actor: who.chen,
      body: { decision: 'approve' },
    });
    expect(early.status).toBe(409);
    expect(early.body.error).toBe('feasibility-not-confirmed');
    expect(early.body.message.zh).toContain('工期、技术、安装');
    const wrongRole = await call('POST', `/contracts/reports/${id}/feasibility/technology`, {
      actor: who.installer,
      body: { outcome: 'confirmed', note: '' },
    });
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.body.error).toBe('feasibility-wrong-role');
    const refused = await call('POST', `/contracts/reports/${id}/feasibility/installation`, {
      actor: who.installer,
      body: { outcome: 'refused', note: '吊顶承重不足' },
    });
    expect(refused.body.report.status).toBe('returned');
    const revised = await call('PUT', `/contracts/reports/${id}`, {
      actor: who.li,
      body: { ...body, installationConditions: '改为落地支架' },
    });
    expect(revised.status).toBe(200);
    expect(revised.body.report).toMatchObject({ revision: 2, status: 'submitted' });
    expect(revised.body.report.feasibility.map((f: { outcome: string }) => f.outcome)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
    const own = await call('POST', `/contracts/reports/${id}/decision`, {
      actor: who.li,
      body: { decision: 'approve' },
    });
    expect(own.status).toBe(403);
    expect(own.body.error).toBe('own-report');
    const notSales = await call('POST', '/contracts/reports', { actor: who.chen, body });
    expect(notSales.status).toBe(403);
    const float = await call('POST', '/contracts/reports', {
      actor: who.li,
      body: { ...body, expectedAmountMinor: 12.5 },
    });
    expect(float.status).toBe(400);
    expect(float.body.fields.map((f: { field: string }) => f.field)).toEqual(['expectedAmountMinor']);
    const toConfirm = await call('GET', '/contracts/reports?view=to-confirm', { actor: who.engineer });
    expect(toConfirm.body.map((r: { reportId: string }) => r.reportId)).toEqual([id]);
  });
});
