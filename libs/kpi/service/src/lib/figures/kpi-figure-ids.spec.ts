import { KPI_FIGURE_IDS, isKpiFigureId } from '@sales/kpi/events';
import { FIGURES, FIGURE_IDS } from './figure-catalogue';

describe('the figure ids other contexts name (KPI_FIGURE_IDS of @sales/kpi/events)', () => {
  it('are the KPI API’s catalogue, in its order: a figure added to one must be added to the other', () => {
    expect([...KPI_FIGURE_IDS]).toEqual(FIGURE_IDS);
    expect(Object.keys(FIGURES).every(isKpiFigureId)).toBe(true);
  });
});
