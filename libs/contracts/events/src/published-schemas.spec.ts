import { join } from 'node:path';
import { publishedSchemaDrift } from '@sales/shared/testing';
import { CONTRACTS_EVENT_CATALOGUE } from './contracts-event-catalogue';

describe('contracts published event schemas', () => {
  it('match the committed schema of every published version (a changed shape needs a new version)', () => {
    expect(publishedSchemaDrift(CONTRACTS_EVENT_CATALOGUE, join(__dirname, '..', 'schemas'))).toEqual([]);
  });
});
