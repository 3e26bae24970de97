import { join } from 'node:path';
import { publishedSchemaDrift } from '@sales/shared/testing';
import { HANDOVER_EVENT_CATALOGUE } from './handover-event-catalogue';

describe('handover published event schemas', () => {
  it('match the committed schema of every published version (a changed shape needs a new version)', () => {
    expect(publishedSchemaDrift(HANDOVER_EVENT_CATALOGUE, join(__dirname, '..', 'schemas'))).toEqual([]);
  });
});
