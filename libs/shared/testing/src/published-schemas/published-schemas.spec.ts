import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PublishedEventSpec, publishedEventSpec } from '@sales/shared/domain';
import { publishedSchemaDrift, recordNewSchemas } from './published-schemas';

const entry = (properties: Record<string, Record<string, unknown>>, schemaVersion = 1): PublishedEventSpec =>
  publishedEventSpec({
    context: 'demo',
    type: 'ThingDone',
    schemaVersion,
    summary: { zh: '完成', en: 'Done' },
    properties,
  });

describe('published schema drift', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'schemas-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const v1 = entry({ amount: { type: 'integer', minimum: 0, description: '金额 / Amount' } });

  it('accepts the committed shape, and a changed description', () => {
    recordNewSchemas([v1], dir);
    expect(publishedSchemaDrift([v1], dir)).toEqual([]);
    const reworded = entry({
      amount: { type: 'integer', minimum: 0, description: '金额（分） / Amount in fen' },
    });
    expect(publishedSchemaDrift([reworded], dir)).toEqual([]);
  });

  it('refuses a changed shape at the same version, naming where it changed', () => {
    recordNewSchemas([v1], dir);
    const loosened = entry({ amount: { type: 'number', minimum: 0 } });
    expect(publishedSchemaDrift([loosened], dir)).toEqual([
      { file: 'ThingDone.v1.json', problem: expect.stringContaining('/properties/amount/type') },
    ]);
    const added = entry({ amount: { type: 'integer', minimum: 0 }, note: { type: 'string' } });
    expect(publishedSchemaDrift([added], dir)[0].problem).toContain('version 2');
  });

  it('refuses a published version that was never committed, or one that disappeared', () => {
    expect(publishedSchemaDrift([v1], dir)).toEqual([
      { file: 'ThingDone.v1.json', problem: expect.stringContaining('npm run events:schemas') },
    ]);
    recordNewSchemas([v1], dir);
    const v2 = entry({ amount: { type: 'string' } }, 2);
    recordNewSchemas([v2], dir);
    expect(publishedSchemaDrift([v2], dir)).toEqual([
      { file: 'ThingDone.v1.json', problem: expect.stringContaining('no longer published') },
    ]);
    expect(publishedSchemaDrift([v1, v2], dir)).toEqual([]);
  });

  it('never overwrites a committed schema', () => {
    writeFileSync(join(dir, 'ThingDone.v1.json'), '{"type":"object"}');
    expect(recordNewSchemas([v1], dir)).toEqual([]);
    expect(publishedSchemaDrift([v1], dir)).toHaveLength(1);
  });
});
