import type { Provider } from '@nestjs/common';
import type { Decider, DomainEvent } from '@sales/shared/domain';
import { FoldedStreams } from '@sales/shared/event-sourcing';
import { type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';

export { FoldedStreams };

/** An index as a provider: rebuilt from appraisal's store before the app answers, then refreshed. */
export function foldedStreamsProvider<State, Evt extends DomainEvent>(
  token: symbol,
  prefix: string,
  decider: Pick<Decider<State, never, Evt>, 'evolve' | 'initialState'>,
): Provider {
  return {
    provide: token,
    inject: [contextRuntimeToken('appraisal')],
    useFactory: async (runtime: ContextRuntime) => {
      const index = new FoldedStreams(runtime.store, prefix, decider);
      await index.rebuild();
      index.startRefreshing();
      return index;
    },
  };
}
