import { ORG_EVENT_CATALOGUE } from './org-event-catalogue';
import type { OrgPublishedEvent, OrgSupersededEvent } from './org-events';

/** An org event as a subscriber holds it: an envelope or its copy, at any published version. */
export type ReceivedOrgEvent = Readonly<{ type: string; schemaVersion?: number; data: unknown }>;

type Upcast = (data: never) => unknown;

/**
 * How each superseded version reads as the next one. History is never rewritten: a subscriber's
 * copy keeps what org published then, and every read lifts it.
 */
const UPCASTS: Readonly<Record<string, Upcast>> = {
  // Before v2 a person signed in with their person id: that stays their login subject.
  'PersonHired.v1': (data: Extract<OrgSupersededEvent, { type: 'PersonHired' }>['data']) => ({
    ...data,
    loginSubject: data.personId,
  }),
  // v2 only widened the role enum: every v1 role is a v2 role.
  'PersonRoleChanged.v1': (data: Extract<OrgSupersededEvent, { type: 'PersonRoleChanged' }>['data']) => data,
};

const CURRENT = new Map<string, number>();
for (const { type, schemaVersion } of ORG_EVENT_CATALOGUE) {
  CURRENT.set(type, Math.max(CURRENT.get(type) ?? 0, schemaVersion));
}
const KNOWN = new Set(ORG_EVENT_CATALOGUE.map((e) => `${e.type}.v${e.schemaVersion}`));

/**
 * A received org event at the version org publishes now (older versions upcast, e.g. a
 * PersonHired.v1 gains `loginSubject = personId`), or undefined for a type or version this lib
 * does not know — a newer one, say — which readers skip, so they outlive a new org event.
 */
export function currentOrgEvent(event: ReceivedOrgEvent): OrgPublishedEvent | undefined {
  let version = event.schemaVersion ?? 1;
  if (!KNOWN.has(`${event.type}.v${version}`)) return undefined;
  let data = event.data;
  for (const current = CURRENT.get(event.type) ?? version; version < current; version++) {
    const upcast = UPCASTS[`${event.type}.v${version}`] as ((data: unknown) => unknown) | undefined;
    if (!upcast) return undefined;
    data = upcast(data);
  }
  return { type: event.type, schemaVersion: version, data } as OrgPublishedEvent;
}
