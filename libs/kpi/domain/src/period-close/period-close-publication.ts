import { kpiPublishedEvent } from '@sales/kpi/events';
import type { PublishedEvent } from '@sales/shared/domain';
import type { FrozenSubject, PeriodCloseEvent } from './period-close-events';

const publishedSubject = ({ kind, id, name, figures, amounts, explain }: FrozenSubject) => ({
  kind,
  id,
  name,
  figures: figures.map(({ figureId, unit, value, display, reason }) => ({
    figureId,
    unit,
    value,
    display,
    reason,
  })),
  amounts: {
    signedMinor: amounts.signedMinor,
    grossMarginMinor: amounts.grossMarginMinor,
    collectedMinor: amounts.collectedMinor,
    targets: {
      sales: { ...amounts.targets.sales },
      grossMargin: { ...amounts.targets.grossMargin },
      collections: { ...amounts.targets.collections },
    },
  },
  explain,
});

/**
 * What subscribers see of a close: everything frozen, in the same commit (kpi.KpiPeriodClosed.v1).
 * When the KPI service computed it stays internal: the cut-off (`recordedBefore`) is what the
 * figures rest on.
 */
export function publishPeriodCloseEvent(event: PeriodCloseEvent): readonly PublishedEvent[] {
  const { requestId, requestedBy, period, asOf, recordedBefore, readModelVersion, currency, subjects } =
    event.data;
  return [
    kpiPublishedEvent('KpiPeriodClosed', {
      requestId,
      requestedBy: { context: requestedBy.context, eventId: requestedBy.eventId },
      period: { kind: period.kind, label: period.label, from: period.from, to: period.to },
      asOf,
      recordedBefore,
      readModelVersion,
      currency,
      subjects: subjects.map(publishedSubject),
    }),
  ];
}
