export const KPI_CONTEXT = 'kpi';
