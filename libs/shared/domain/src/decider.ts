/** A domain event as the decider sees it: an explicit, stable `type` and plain data. */
export type DomainEvent<Type extends string = string, Data = unknown> = Readonly<{ type: Type; data: Data }>;

/** A command: what someone asks the aggregate to do. */
export type Command<Type extends string = string, Data = unknown> = Readonly<{ type: Type; data: Data }>;

/**
 * An aggregate as a pure decider (emmett's Decider): `decide` turns a command and the current state
 * into the events that happened (or throws a DomainError); `evolve` folds one event into the state.
 * No I/O, no clocks: time and identity come in through the command.
 */
export type Decider<State, Cmd extends Command, Evt extends DomainEvent> = {
  decide: (command: Cmd, state: State) => Evt[];
  evolve: (state: State, event: Evt) => State;
  initialState: () => State;
};

/**
 * A published (integration) event as a context's publication makes it: a type from the context's
 * events lib, its data, and the version of that data's published shape.
 */
export type PublishedEvent<Type extends string = string, Data = unknown> = Readonly<{
  type: Type;
  schemaVersion: number;
  data: Data;
}>;

/**
 * Which published events (zero, one or several) an internal event becomes, given the state right
 * after it (so it may add what subscribers need from the state). Internal events stay free to
 * change; what other contexts and outside systems see changes only through this mapping.
 */
export type Publication<State, Evt extends DomainEvent> = (
  event: Evt,
  stateAfter: State,
) => readonly PublishedEvent[];

/** A decider with its publication: what a context's application service runs commands on. */
export type Aggregate<State, Cmd extends Command, Evt extends DomainEvent> = Decider<State, Cmd, Evt> & {
  publish: Publication<State, Evt>;
};

/** The published events of `events` applied in order to `state`. */
export function publicationOf<State, Evt extends DomainEvent>(
  aggregate: Pick<Aggregate<State, Command, Evt>, 'evolve' | 'publish'>,
  state: State,
  events: readonly Evt[],
): { state: State; published: PublishedEvent[] } {
  const published: PublishedEvent[] = [];
  for (const event of events) {
    state = aggregate.evolve(state, event);
    published.push(...aggregate.publish(event, state));
  }
  return { state, published };
}

export function assertNever(value: never): never {
  throw new Error(`unexpected variant: ${JSON.stringify(value)}`);
}

export function fold<State, Evt extends DomainEvent>(
  decider: Pick<Decider<State, Command, Evt>, 'evolve' | 'initialState'>,
  events: readonly Evt[],
): State {
  return events.reduce(decider.evolve, decider.initialState());
}
