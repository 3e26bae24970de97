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

export function assertNever(value: never): never {
  throw new Error(`unexpected variant: ${JSON.stringify(value)}`);
}

export function fold<State, Evt extends DomainEvent>(
  decider: Pick<Decider<State, Command, Evt>, 'evolve' | 'initialState'>,
  events: readonly Evt[],
): State {
  return events.reduce(decider.evolve, decider.initialState());
}
