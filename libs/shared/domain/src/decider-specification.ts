import {
  type Aggregate,
  type Command,
  type Decider,
  type DomainEvent,
  type PublishedEvent,
  fold,
  publicationOf,
} from './decider';

/**
 * given(events) → when(command) → then(events | error), as emmett's DeciderSpecification.
 * Framework-free: `then` returns nothing and throws an Error describing the mismatch, so it works
 * under any test runner.
 */
export function specify<State, Cmd extends Command, Evt extends DomainEvent>(
  decider: Decider<State, Cmd, Evt>,
) {
  return {
    given(history: readonly Evt[] = []) {
      return {
        when(command: Cmd) {
          const run = () => decider.decide(command, fold(decider, history));
          return {
            then(expected: readonly Evt[]) {
              const actual = run();
              const a = JSON.stringify(actual);
              const e = JSON.stringify(expected);
              if (a !== e) throw new Error(`expected events\n  ${e}\nbut got\n  ${a}`);
            },
            /** Returns the events so a spec can assert on parts of them. */
            events: run,
            /**
             * What the decided events publish (the aggregate's publication applied to them): for
             * specs that pin what other contexts see, and what stays internal.
             */
            published(): PublishedEvent[] {
              const publish = (decider as Partial<Aggregate<State, Cmd, Evt>>).publish;
              if (!publish)
                throw new Error('published() needs an aggregate (a decider with its publication)');
              return publicationOf({ evolve: decider.evolve, publish }, fold(decider, history), run())
                .published;
            },
            thenThrows(errorClass: new (...args: never[]) => Error, code?: string) {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              if (!(thrown instanceof errorClass)) {
                throw new Error(
                  `expected ${errorClass.name}${code ? ` '${code}'` : ''} but got ${String(thrown ?? 'no error')}`,
                );
              }
              const actualCode = (thrown as { code?: string }).code;
              if (code !== undefined && actualCode !== code) {
                throw new Error(`expected error code '${code}' but got '${actualCode}'`);
              }
              return thrown as Error & { code?: string; details?: Record<string, unknown> };
            },
          };
        },
      };
    },
  };
}
