import { join } from 'node:path';
import { publishedSchemaDrift } from '@sales/shared/testing';
import { ORG_EVENT_CATALOGUE } from './org-event-catalogue';

describe('org published event schemas', () => {
  it('match the committed schema of every published version (a changed shape needs a new version)', () => {
    expect(publishedSchemaDrift(ORG_EVENT_CATALOGUE, join(__dirname, '..', 'schemas'))).toEqual([]);
  });
});
