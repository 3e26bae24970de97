import { join } from 'node:path';
import { publishedSchemaDrift } from '@sales/shared/testing';
import { KPI_EVENT_CATALOGUE } from './kpi-event-catalogue';

describe('kpi published event schemas', () => {
  it('match the committed schema of every published version (a changed shape needs a new version)', () => {
    expect(publishedSchemaDrift(KPI_EVENT_CATALOGUE, join(__dirname, '..', 'schemas'))).toEqual([]);
  });
});
