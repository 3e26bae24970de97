import { join } from 'node:path';
import { publishedSchemaDrift } from '@sales/shared/testing';
import { NOTICES_EVENT_CATALOGUE } from './notices-event-catalogue';

describe('notices published event schemas', () => {
  it('match the committed schema of every published version (a changed shape needs a new version)', () => {
    expect(publishedSchemaDrift(NOTICES_EVENT_CATALOGUE, join(__dirname, '..', 'schemas'))).toEqual([]);
  });
});
