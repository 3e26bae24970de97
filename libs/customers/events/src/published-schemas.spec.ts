import { join } from 'node:path';
import { publishedSchemaDrift } from '@sales/shared/testing';
import { CUSTOMERS_EVENT_CATALOGUE } from './customers-event-catalogue';

describe('customers published event schemas', () => {
  it('match the committed schema of every published version (a changed shape needs a new version)', () => {
    expect(publishedSchemaDrift(CUSTOMERS_EVENT_CATALOGUE, join(__dirname, '..', 'schemas'))).toEqual([]);
  });
});
