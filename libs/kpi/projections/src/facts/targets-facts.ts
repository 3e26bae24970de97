import type { TargetsApprovedV1 } from '@sales/targets/events';
import { type FactReaders, dataOf } from './fact-reader';

/** What the KPIs read from targets: each approved split, in force from the day it was recorded. */
export const TARGETS_FACT_READERS: FactReaders = {
  TargetsApproved: {
    versions: [1],
    read: (event, origin) => {
      const { fiscalYear, unit, version, currency, nodes } = dataOf<TargetsApprovedV1>(event);
      // In force from the day it was approved (recorded); the fact is dated by that day.
      return [{ ...origin(''), kind: 'targets', fiscalYear, unit, version, currency, nodes }];
    },
  },
};
