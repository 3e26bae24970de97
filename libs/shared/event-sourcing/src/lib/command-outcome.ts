import type { HandleCommandResult } from './command-handler';

/** What a command answers over HTTP: the stream's new version and what it recorded. */
export type CommandOutcome = Readonly<{ version: number; events: readonly { id: string; type: string }[] }>;

export function commandOutcome({ version, events }: HandleCommandResult<unknown>): CommandOutcome {
  return { version, events: events.map(({ id, type }) => ({ id, type })) };
}
