import { join } from 'node:path';
import { publishedSchemaDrift } from '@sales/shared/testing';
import { APPRAISAL_EVENT_CATALOGUE } from './appraisal-event-catalogue';

describe('appraisal published event schemas', () => {
  it('match the committed schema of every published version (a changed shape needs a new version)', () => {
    expect(publishedSchemaDrift(APPRAISAL_EVENT_CATALOGUE, join(__dirname, '..', 'schemas'))).toEqual([]);
  });
});
