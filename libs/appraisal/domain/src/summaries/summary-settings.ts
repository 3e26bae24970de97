import {
  type Actor,
  type Aggregate,
  type BusinessDate,
  type Command,
  type DomainEvent,
  DomainError,
  ForbiddenError,
  assertNever,
} from '@sales/shared/domain';
import { summaryPublishedEvent } from '@sales/appraisal/events';
import { DEFAULT_SUMMARY_CADENCE, SUMMARY_CADENCES, type SummaryCadence } from './summary-period';

/** The one settings stream of written summaries. */
export const SUMMARY_SETTINGS_STREAM = 'summary-settings';

export type SetSummaryCadence = Command<
  'SetSummaryCadence',
  Readonly<{ actor: Actor; cadence: SummaryCadence; today: BusinessDate }>
>;

export type SummaryCadenceSet = DomainEvent<
  'SummaryCadenceSet',
  Readonly<{ cadence: SummaryCadence; setBy: string; setOn: BusinessDate }>
>;

export type SummarySettings = Readonly<{
  cadence: SummaryCadence;
  setBy: string | null;
  setOn: BusinessDate | null;
}>;

/** 总结周期: weekly or monthly, set by 业务副总 or 市场部主管; monthly until set. */
export const summarySettingsDecider: Aggregate<SummarySettings, SetSummaryCadence, SummaryCadenceSet> = {
  initialState: () => ({ cadence: DEFAULT_SUMMARY_CADENCE, setBy: null, setOn: null }),
  evolve: (_, { data }) => ({ cadence: data.cadence, setBy: data.setBy, setOn: data.setOn }),
  decide: (command, settings) => {
    switch (command.type) {
      case 'SetSummaryCadence': {
        const { actor, cadence, today } = command.data;
        if (actor.role !== 'vp' && actor.role !== 'sales_admin')
          throw new ForbiddenError('summary-cadence-role', { role: actor.role });
        if (!SUMMARY_CADENCES.includes(cadence))
          throw new DomainError('summary-cadence-unknown', { field: 'cadence', cadence });
        if (cadence === settings.cadence) return [];
        return [{ type: 'SummaryCadenceSet', data: { cadence, setBy: actor.userId, setOn: today } }];
      }
      default:
        return assertNever(command.type);
    }
  },
  publish: ({ data }) => [summaryPublishedEvent('SummaryCadenceSet', { ...data })],
};
