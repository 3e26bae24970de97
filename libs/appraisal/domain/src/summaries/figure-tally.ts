import { type Aggregate, type Command, type DomainEvent, assertNever } from '@sales/shared/domain';
import type { SummaryFact } from './summary-figures';

/**
 * 本期数据's tally: the facts of one person and month that summaries are pre-filled with, counted
 * from customers' and contracts' published events into appraisal's own store. One stream per
 * person and month (`summary-figures-<personId>-<YYYY-MM>`); a fact counts once by its event id,
 * whatever the number of deliveries (a relay republishing, a rebalance, a replay at start).
 */
export const figureTallyStreamId = (personId: string, month: string) =>
  `summary-figures-${personId}-${month}`;

export type CountSummaryFact = Command<'CountSummaryFact', Readonly<{ fact: SummaryFact }>>;
export type SummaryFactCounted = DomainEvent<'SummaryFactCounted', Readonly<{ fact: SummaryFact }>>;

export type FigureTally = Readonly<{ facts: readonly SummaryFact[] }>;

export const figureTallyDecider: Aggregate<FigureTally, CountSummaryFact, SummaryFactCounted> = {
  initialState: () => ({ facts: [] }),
  evolve: (tally, event) => ({ facts: [...tally.facts, event.data.fact] }),
  decide: (command, tally) => {
    switch (command.type) {
      case 'CountSummaryFact':
        if (tally.facts.some((f) => f.eventId === command.data.fact.eventId)) return [];
        return [{ type: 'SummaryFactCounted', data: { fact: command.data.fact } }];
      default:
        return assertNever(command.type);
    }
  },
  // Others' facts, counted for a summary: nothing to publish (they are published by their owners).
  publish: () => [],
};
