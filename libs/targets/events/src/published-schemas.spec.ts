import { join } from 'node:path';
import { publishedSchemaDrift } from '@sales/shared/testing';
import { TARGETS_EVENT_CATALOGUE } from './targets-event-catalogue';

describe('targets published event schemas', () => {
  it('match the committed schema of every published version (a changed shape needs a new version)', () => {
    expect(publishedSchemaDrift(TARGETS_EVENT_CATALOGUE, join(__dirname, '..', 'schemas'))).toEqual([]);
  });
});
