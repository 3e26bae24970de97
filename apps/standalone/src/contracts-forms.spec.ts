import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiCall, contractsActors as who, hireContractsDepartment } from '@sales/contracts/testing';
import { FormsService } from '@sales/contracts/service';
import { type AppHarness, startApp } from '@sales/shared/app-testing';
import { type Actor, ConflictError, ForbiddenError } from '@sales/shared/domain';
import { standaloneApp } from './standalone.app';

/**
 * 合同领用 (K1) end to end in one standalone process: the sales admin issues numbered forms, each
 * ends used (signing calls FormsService.use), voided or returned, and the forms still out are
 * listed per person and division with their days out. Time moves by restarting the process on the
 * same data directory with a later SALES_CLOCK.
 */
describe('合同领用 numbered contract forms in standalone (K1)', () => {
  let dataDir: string;
  let harness: AppHarness;
  let call: ApiCall;

  const boot = async (clock: string) => {
    harness = await startApp(standaloneApp, { SALES_CLOCK: clock, DATA_DIR: dataDir });
    call = (method, path, options) => harness.request(method, path, options);
  };
  const issue = (body: object, actor: Actor = who.salesAdmin) =>
    call('POST', '/contracts/forms', { actor, body });
  const form = (number: string, actor: Actor = who.salesAdmin) =>
    call('GET', `/contracts/forms/${number}`, { actor });
  const voidIt = (number: string, body: object, actor: Actor) =>
    call('POST', `/contracts/forms/${number}/void`, { actor, body });
  const returnIt = (number: string, actor: Actor = who.salesAdmin) =>
    call('POST', `/contracts/forms/${number}/return`, { actor });
  const unreturned = (actor: Actor, query = '') =>
    call('GET', `/contracts/forms/unreturned${query}`, { actor });
  const fields = (body: { fields?: { field: string }[] }) => body.fields?.map((f) => f.field);
  /** Who holds what, longest out first: `holder: number (days)`. */
  const outList = (body: { people: { holderId: string; forms: { number: string; daysOut: number }[] }[] }) =>
    body.people.flatMap((p) => p.forms.map((f) => `${p.holderId}: ${f.number} (${f.daysOut})`));

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'contracts-forms-'));
    await boot('2027-03-01T10:00:00+08:00');
    await hireContractsDepartment(call, call);
  });
  afterAll(async () => {
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('the sales admin issues one form, then a batch: numbers run on HT-2027-0001… with no gap', async () => {
    const one = await issue({ holderId: 'p-li' });
    expect(one.status).toBe(201);
    expect(one.body).toMatchObject({ year: 2027, numbers: ['HT-2027-0001'], version: 1 });
    const batch = await issue({ holderId: 'p-wang', count: 3 });
    expect(batch.status).toBe(201);
    expect(batch.body.numbers).toEqual(['HT-2027-0002', 'HT-2027-0003', 'HT-2027-0004']);
    expect((await issue({ holderId: 'p-he', year: 2027 })).body.numbers).toEqual(['HT-2027-0005']);

    const read = await form('HT-2027-0001', who.li);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      number: 'HT-2027-0001',
      seq: 1,
      holderId: 'p-li',
      holderName: '李娜',
      divisionId: 'd-east',
      issuedOn: '2027-03-01',
      status: 'out',
      daysOut: 0,
    });
  });

  it('issuing: 403 for any role but the sales admin, 400 naming the field, 400 for a holder who is no salesperson', async () => {
    for (const actor of [who.li, who.chen, who.vp, who.finance]) {
      const refused = await issue({ holderId: 'p-li' }, actor);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toBe('form-issue-not-allowed');
    }
    const manager = await issue({ holderId: 'p-chen' });
    expect(manager.status).toBe(400);
    expect(manager.body.error).toBe('form-holder-not-salesperson');
    expect(manager.body.message.zh).toBe('合同只能发放给销售：陈志强（p-chen）不是销售');
    for (const [body, field] of [
      [{ holderId: 'p-li', count: 1.5 }, 'count'],
      [{ holderId: 'p-li', count: 501 }, 'count'],
      [{ holderId: 'p-li', count: 0 }, 'count'],
      [{ holderId: 'p-li', count: '2' }, 'count'],
      [{ holderId: 'p-li', year: '2027' }, 'year'],
      [{ count: 1 }, 'holderId'],
    ] as const) {
      const refused = await issue(body);
      expect({ body, status: refused.status, fields: fields(refused.body) }).toEqual({
        body,
        status: 400,
        fields: [field],
      });
    }
    const far = await issue({ holderId: 'p-li', year: 2030 });
    expect(far.status).toBe(400);
    expect(far.body).toMatchObject({
      error: 'form-year-invalid',
      details: { year: 2030, min: 2026, max: 2028 },
    });
    // Nothing refused took a number.
    expect((await form('HT-2027-0006')).status).toBe(404);
  });

  it('void: the holder or the sales admin, with a reason; someone else’s form 403; an ended form 409; unknown 404', async () => {
    const noReason = await voidIt('HT-2027-0001', {}, who.li);
    expect(noReason.status).toBe(400);
    expect(fields(noReason.body)).toEqual(['reason']);
    const blank = await voidIt('HT-2027-0001', { reason: '   ' }, who.li);
    expect(blank.status).toBe(400);
    expect(blank.body.error).toBe('form-void-reason-required');

    const colleague = await voidIt('HT-2027-0001', { reason: '写错' }, who.wang);
    expect(colleague.status).toBe(403);
    expect(colleague.body.error).toBe('form-void-not-allowed');
    expect(colleague.body.message.zh).toBe('合同 HT-2027-0001 只能由领用人（李娜（p-li））或销售内勤作废');
    expect((await voidIt('HT-2027-0001', { reason: '写错' }, who.chen)).status).toBe(403);

    const voided = await voidIt('HT-2027-0001', { reason: '填写错误' }, who.li);
    expect(voided.status).toBe(200);
    expect(voided.body.events.map((e: { type: string }) => e.type)).toEqual(['FormVoided']);
    const again = await voidIt('HT-2027-0001', { reason: '填写错误' }, who.salesAdmin);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'form-not-out', details: { status: 'voided' } });
    expect(again.body.message.zh).toBe('合同 HT-2027-0001 已作废（2027-03-01），不能再使用、作废或退回');
    expect((await form('HT-2027-0001')).body).toMatchObject({
      status: 'voided',
      endedOn: '2027-03-01',
      daysOut: null,
    });

    // The sales admin voids a salesperson's form too.
    expect((await voidIt('HT-2027-0002', { reason: '客户取消' }, who.salesAdmin)).status).toBe(200);

    const unknown = await voidIt('HT-2027-0099', { reason: '写错' }, who.salesAdmin);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('unknown-form');
    expect((await form('HT-2027-0099')).status).toBe(404);
    expect((await form('HT-2029-0001')).status).toBe(404);
    const malformed = await form('not-a-number');
    expect(malformed.status).toBe(400);
    expect(fields(malformed.body)).toEqual(['number']);
  });

  it('return: only the sales admin receives it; twice is 409; unknown 404', async () => {
    const byHolder = await returnIt('HT-2027-0003', who.wang);
    expect(byHolder.status).toBe(403);
    expect(byHolder.body.error).toBe('form-return-not-allowed');
    expect((await returnIt('HT-2027-0003', who.vp)).status).toBe(403);
    expect((await returnIt('HT-2027-0003')).status).toBe(200);
    const twice = await returnIt('HT-2027-0003');
    expect(twice.status).toBe(409);
    expect(twice.body.message.zh).toContain('已退回');
    expect((await returnIt('HT-2027-0042')).status).toBe(404);
  });

  it('use (signing’s port): only by the holder, once; a used form is neither voided nor returned', async () => {
    const forms = harness.app.get(FormsService);
    await expect(forms.use('HT-2027-0005', 'k-1', 'p-li', '2027-03-01')).rejects.toMatchObject({
      constructor: ForbiddenError,
      code: 'form-not-yours',
    });
    const used = await forms.use('HT-2027-0005', 'k-1', 'p-he', '2027-03-01');
    expect(used.events.map((e) => e.type)).toEqual(['FormUsed']);
    expect((await forms.use('HT-2027-0005', 'k-1', 'p-he', '2027-03-01')).events).toEqual([]);
    await expect(forms.use('HT-2027-0005', 'k-2', 'p-he', '2027-03-01')).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await voidIt('HT-2027-0005', { reason: '作废' }, who.he)).status).toBe(409);
    expect((await returnIt('HT-2027-0005')).status).toBe(409);
    expect((await form('HT-2027-0005', who.he)).body).toMatchObject({ status: 'used', contractId: 'k-1' });
  });

  it('unreturned forms per person and division with days out, as the clock moves', async () => {
    const today = await unreturned(who.salesAdmin);
    expect(today.status).toBe(200);
    expect(outList(today.body)).toEqual(['p-wang: HT-2027-0004 (0)']);

    await harness.close();
    await boot('2027-03-11T10:00:00+08:00');
    expect((await issue({ holderId: 'p-li', count: 2 })).body.numbers).toEqual([
      'HT-2027-0006',
      'HT-2027-0007',
    ]);
    expect((await issue({ holderId: 'p-he' })).body.numbers).toEqual(['HT-2027-0008']);
    expect((await returnIt('HT-2027-0007')).status).toBe(200);

    await harness.close();
    await boot('2027-03-21T10:00:00+08:00');
    const later = await unreturned(who.salesAdmin);
    expect(later.body).toMatchObject({ asOf: '2027-03-21', total: 3 });
    expect(outList(later.body)).toEqual([
      'p-wang: HT-2027-0004 (20)',
      'p-li: HT-2027-0006 (10)',
      'p-he: HT-2027-0008 (10)',
    ]);
    expect(later.body.people[0]).toMatchObject({
      holderName: '王磊',
      divisionName: '华东事业部',
      count: 1,
      oldestDaysOut: 20,
    });
    expect(later.body.divisions).toEqual([
      { divisionId: 'd-east', divisionName: '华东事业部', count: 2, holders: 2, oldestDaysOut: 20 },
      { divisionId: 'd-south', divisionName: '华南事业部', count: 1, holders: 1, oldestDaysOut: 10 },
    ]);
    expect((await form('HT-2027-0006', who.li)).body.daysOut).toBe(10);
  });

  it('scope: a salesperson their own, a manager their division, the VP, sales admin, admin and finance all', async () => {
    const seen = async (actor: Actor, query = '') => {
      const answer = await unreturned(actor, query);
      expect({ actor: actor.userId, query, status: answer.status }).toEqual({
        actor: actor.userId,
        query,
        status: 200,
      });
      return answer.body.people.map((p: { holderId: string }) => p.holderId);
    };
    expect(await seen(who.li)).toEqual(['p-li']);
    expect(await seen(who.wang)).toEqual(['p-wang']);
    expect(await seen(who.he)).toEqual(['p-he']);
    expect(await seen(who.chen)).toEqual(['p-wang', 'p-li']);
    expect(await seen(who.zhou)).toEqual(['p-he']);
    for (const actor of [who.vp, who.salesAdmin, who.admin, who.finance])
      expect(await seen(actor)).toEqual(['p-wang', 'p-li', 'p-he']);
    expect(await seen(who.chen, '?personId=p-li')).toEqual(['p-li']);
    expect(await seen(who.vp, '?divisionId=d-south')).toEqual(['p-he']);

    const refusals: [Actor, string, number, string][] = [
      [who.engineer, '', 403, 'form-list-not-allowed'],
      [who.installer, '', 403, 'form-list-not-allowed'],
      [who.li, '?personId=p-wang', 403, 'form-person-outside-scope'],
      [who.li, '?divisionId=d-east', 403, 'form-division-outside-scope'],
      [who.chen, '?divisionId=d-south', 403, 'form-division-outside-scope'],
      [who.chen, '?personId=p-he', 403, 'form-person-outside-scope'],
      [who.salesAdmin, '?personId=p-nobody', 404, 'form-holder-unknown'],
    ];
    for (const [actor, query, status, error] of refusals) {
      const answer = await unreturned(actor, query);
      expect({ actor: actor.userId, query, status: answer.status, error: answer.body.error }).toEqual({
        actor: actor.userId,
        query,
        status,
        error,
      });
    }
    const outside = await unreturned(who.chen, '?divisionId=d-south');
    expect(outside.body.message.zh).toBe('只能查看本人负责的事业部的合同领用：华南事业部（d-south）不在其中');
    expect((await unreturned(who.li, '?personId=bad id')).status).toBe(400);

    // One form: its holder, their manager and the all-seeing roles read it; others 403.
    expect((await form('HT-2027-0006', who.chen)).status).toBe(200);
    const colleague = await form('HT-2027-0006', who.wang);
    expect(colleague.status).toBe(403);
    expect(colleague.body.message.zh).toBe('合同 HT-2027-0006 发放给李娜（p-li），不在你的查看范围内');
    expect((await form('HT-2027-0006', who.zhou)).status).toBe(403);
    expect((await form('HT-2027-0006', who.engineer)).status).toBe(403);
  });

  it('the number format: the VP or the sales admin sets it, versioned; the sequence runs on in the new format', async () => {
    const before = await call('GET', '/contracts/forms/number-format', { actor: who.li });
    expect(before.status).toBe(200);
    expect(before.body).toEqual({
      current: { version: 0, prefix: 'HT', width: 4, example: 'HT-2027-0001' },
      versions: [],
    });
    const put = (body: object, actor: Actor = who.vp) =>
      call('PUT', '/contracts/forms/number-format', { actor, body });
    for (const actor of [who.li, who.chen, who.admin]) {
      const refused = await put({ prefix: 'XS', width: 5 }, actor);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toBe('form-format-not-allowed');
    }
    expect(fields((await put({ prefix: 'xs', width: 5 })).body)).toEqual(['prefix']);
    expect(fields((await put({ prefix: 'XS', width: 9 })).body)).toEqual(['width']);
    expect(fields((await put({ prefix: 'XS', width: 4.5 })).body)).toEqual(['width']);

    expect((await put({ prefix: 'XS', width: 5 })).status).toBe(200);
    const after = await call('GET', '/contracts/forms/number-format', { actor: who.salesAdmin });
    expect(after.body.current).toEqual({ version: 1, prefix: 'XS', width: 5, example: 'XS-2027-00001' });
    expect(after.body.versions).toEqual([
      { version: 1, prefix: 'XS', width: 5, setBy: 'p-vp', setOn: '2027-03-21' },
    ]);
    const next = await issue({ holderId: 'p-li' });
    expect(next.body.numbers).toEqual(['XS-2027-00009']);
    expect((await form('XS-2027-00009', who.li)).body).toMatchObject({ seq: 9, status: 'out' });
    // Numbers already issued keep theirs.
    expect((await form('HT-2027-0006')).body.status).toBe('out');
    expect((await put({ prefix: 'HT', width: 4 }, who.salesAdmin)).status).toBe(200);
  });
});
