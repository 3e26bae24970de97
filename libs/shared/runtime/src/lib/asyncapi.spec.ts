import { buildAsyncApi } from './asyncapi';

describe('AsyncAPI document', () => {
  const doc = buildAsyncApi(
    [
      {
        context: 'contracts',
        type: 'ContractSigned',
        schemaVersion: 1,
        summary: { zh: '合同已签订', en: 'Contract signed' },
        schema: { type: 'object', properties: { amount: { type: 'string' } } },
      },
      {
        context: 'contracts',
        type: 'ContractSigned',
        schemaVersion: 2,
        summary: { zh: '合同已签订', en: 'Contract signed' },
        schema: { type: 'object' },
      },
      {
        context: 'org',
        type: 'DivisionCreated',
        schemaVersion: 1,
        summary: { zh: '事业部已设立', en: 'Division created' },
        schema: { type: 'object' },
      },
    ],
    { title: 'test', version: '1' },
  );

  it('has one channel per context topic and one message per type and version', () => {
    expect(doc.asyncapi).toBe('3.0.0');
    expect((doc.channels['contracts'] as { address: string }).address).toBe('sales.contracts.events');
    expect(Object.keys(doc.components.messages).sort()).toEqual([
      'contracts_ContractSigned_v1',
      'contracts_ContractSigned_v2',
      'org_DivisionCreated_v1',
    ]);
    expect(doc.components.messages['contracts_ContractSigned_v1']).toMatchObject({
      name: 'contracts.ContractSigned.v1',
      summary: '合同已签订 / Contract signed',
    });
  });

  it('references only messages that exist', () => {
    const text = JSON.stringify(doc);
    for (const [, ref] of text.matchAll(/"\$ref":"#\/components\/messages\/([^"]+)"/g))
      expect(doc.components.messages).toHaveProperty(ref);
  });
});
