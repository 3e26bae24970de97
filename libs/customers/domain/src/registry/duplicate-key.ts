import {
  ConflictError,
  type Command,
  type Decider,
  type DomainEvent,
  assertNever,
} from '@sales/shared/domain';
import type { DuplicateKey } from './company-keys';

/*
 * 查重 under concurrency without transactions (ARCHITECTURE §2): each normalised name and credit
 * code is a stream of its own (`customer-key-…`), and a customer holds a key by reserving it
 * there before its registration is written. Two registrations of one company race on the key
 * stream's version; the store's unique index lets one win, in one process or across replicas.
 */

/** How long a reservation whose customer was never written still blocks (a crash in between). */
export const KEY_RESERVATION_LEASE_MS = 2 * 60_000;

export type KeyHolder = Readonly<{ customerId: string; ownerId: string | null; reservedAt: string }>;

export type KeyReserved = DomainEvent<
  'KeyReserved',
  DuplicateKey &
    Readonly<{ customerId: string; ownerId: string | null; reservedAt: string; takenOverFrom: string | null }>
>;
export type KeyReleased = DomainEvent<'KeyReleased', DuplicateKey & Readonly<{ customerId: string }>>;
export type KeyEvent = KeyReserved | KeyReleased;

export type KeyState = Readonly<{ holder: KeyHolder | null }>;

/**
 * Where the current holder stands, as the service found it by reading the holder's stream:
 * `holds` — registered and its record still has this key (`customerId` is where it resolves,
 * the survivor when merged); `released` — registered but renamed or re-coded away from the key
 * (a crash between its edit and its release); `unregistered` — never written (yet).
 */
export type HolderStanding =
  | Readonly<{ kind: 'holds'; customerId: string; name: string; ownerId: string | null }>
  | Readonly<{ kind: 'released' }>
  | Readonly<{ kind: 'unregistered' }>;

export type ReserveKey = Command<
  'ReserveKey',
  Readonly<{
    key: DuplicateKey;
    customerId: string;
    ownerId: string | null;
    now: string;
    /** Where the other holder stands; undefined when there is none (or it is this customer). */
    holder?: HolderStanding;
  }>
>;
export type ReleaseKey = Command<'ReleaseKey', Readonly<{ key: DuplicateKey; customerId: string }>>;
export type KeyCommand = ReserveKey | ReleaseKey;

export const duplicateKeyDecider: Decider<KeyState, KeyCommand, KeyEvent> = {
  initialState: () => ({ holder: null }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'KeyReserved': {
        const { customerId, ownerId, reservedAt } = event.data;
        return { holder: { customerId, ownerId, reservedAt } };
      }
      case 'KeyReleased':
        return state.holder?.customerId === event.data.customerId ? { holder: null } : state;
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'ReserveKey':
        return reserve(command.data, state);
      case 'ReleaseKey': {
        const { key, customerId } = command.data;
        if (state.holder?.customerId !== customerId) return [];
        return [{ type: 'KeyReleased', data: { ...key, customerId } }];
      }
      default:
        return assertNever(command);
    }
  },
};

function reserve(data: ReserveKey['data'], { holder }: KeyState): KeyEvent[] {
  const { key, customerId, ownerId, now, holder: standing } = data;
  if (holder?.customerId === customerId) return [];
  const reserved = (takenOverFrom: string | null): KeyEvent[] => [
    { type: 'KeyReserved', data: { ...key, customerId, ownerId, reservedAt: now, takenOverFrom } },
  ];
  if (holder === null) return reserved(null);
  const kind = standing?.kind ?? 'unregistered';
  switch (kind) {
    case 'released':
      return reserved(holder.customerId);
    case 'unregistered': {
      const age = Date.parse(now) - Date.parse(holder.reservedAt);
      if (age >= KEY_RESERVATION_LEASE_MS) return reserved(holder.customerId);
      // Someone is registering this company right now.
      throw new ConflictError('duplicate-customer', {
        key: key.kind,
        value: key.value,
        customerId: holder.customerId,
        ownerId: holder.ownerId,
      });
    }
    case 'holds': {
      if (standing?.kind !== 'holds') return assertNever(standing as never);
      throw new ConflictError('duplicate-customer', {
        key: key.kind,
        value: key.value,
        customerId: standing.customerId,
        name: standing.name,
        ownerId: standing.ownerId,
      });
    }
    default:
      return assertNever(kind);
  }
}
