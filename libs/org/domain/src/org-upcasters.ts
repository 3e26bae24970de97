import type { PersonHired } from './org-events';

/** One lift of an internal event's stored shape to the next schema version (the event store's `Upcaster`). */
export type OrgUpcaster = Readonly<{
  type: string;
  fromSchemaVersion: number;
  upcast: (data: unknown) => unknown;
}>;

/**
 * Older shapes of org's internal events, lifted whenever the store reads them (history is never
 * rewritten); org's service registers them with its store, which writes new events at the version
 * after the last lift here.
 */
export const ORG_UPCASTERS: readonly OrgUpcaster[] = [
  {
    // v1 had no login subject: people signed in with their person id, and still do.
    type: 'PersonHired',
    fromSchemaVersion: 1,
    upcast: (data) => {
      const hired = data as Omit<PersonHired['data'], 'loginSubject'>;
      return { ...hired, loginSubject: hired.personId } satisfies PersonHired['data'];
    },
  },
];
