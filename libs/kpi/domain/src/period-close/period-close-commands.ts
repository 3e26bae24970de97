import type { Command } from '@sales/shared/domain';
import type { PeriodCloseRecord } from './period-close-events';

/**
 * Freeze a period's figures in answer to a request (appraisal's cycle close). The KPI service
 * computes the figures (the read model is not the decider's to read) and hands them in whole.
 */
export type ClosePeriod = Command<'ClosePeriod', PeriodCloseRecord>;

export type PeriodCloseCommand = ClosePeriod;
