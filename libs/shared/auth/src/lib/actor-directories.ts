import { Injectable } from '@nestjs/common';
import type { Actor, Role } from '@sales/shared/domain';
import type { TokenClaims } from './token-verifier';

/**
 * Who signs in with a token's subject and where they stand in the org tree today: their person id
 * (the actor's userId; the subject itself when left out), business role and division.
 */
export type OrgPlace = Readonly<{ personId?: string; role: Role; divisionId: string | null }>;

/** A context's view of the org tree, answering for the people in it. */
export type ActorDirectory = Readonly<{
  /** Lower answers first: org's own tree (0) before a subscriber's copy of it (1). */
  priority: number;
  /** The person whose login subject is `subject` (a token's `sub`), or undefined when nobody's is. */
  placeOf(subject: string): Promise<OrgPlace | undefined>;
  /** Whether `personId` is the id of someone in the tree, who may sign in with another subject. */
  hasPerson?(personId: string): Promise<boolean>;
}>;

/** Why a token's bearer may not act although the token is valid (403). */
export class ActorRefusedError extends Error {
  constructor(
    readonly code: 'role-claim-mismatch' | 'no-role' | 'subject-of-another-person',
    readonly details: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'ActorRefusedError';
  }
}

/**
 * The org tree decides business roles, not the login token (DOMAIN O1, issue 8 item 9): the
 * contexts mounted in a process register their view of the tree here, and every request's actor
 * is resolved through the most authoritative one.
 * - `admin` (IT administration) comes from the token alone.
 * - The token's subject (`sub`) is matched against people's login subjects (by default their
 *   person id); the person found acts under their person id, with the tree's role and division
 *   as of today. A token whose role claim says otherwise is refused, and a token without a role
 *   claim gets the tree's.
 * - A subject that is the person id of someone who signs in with another subject is refused: it
 *   would act under that person's id.
 * - Anyone else (not, or not yet, in the tree) acts with the token's role: the tree is empty before
 *   it is set up, and a subscriber's copy may lag a hire by a moment; without a role claim they
 *   are refused.
 * Without any directory (a process knowing no org tree) the token's claims are taken as they are.
 */
@Injectable()
export class ActorDirectories {
  private readonly directories: ActorDirectory[] = [];

  add(directory: ActorDirectory): void {
    this.directories.push(directory);
    this.directories.sort((a, b) => a.priority - b.priority);
  }

  async actorOf(claims: TokenClaims): Promise<Actor> {
    const directory = this.directories[0];
    if (claims.role === 'admin') return actor(claims.userId, 'admin', claims.divisionId ?? null);
    const place = directory ? await directory.placeOf(claims.userId) : undefined;
    if (!place) {
      if (await directory?.hasPerson?.(claims.userId)) {
        throw new ActorRefusedError('subject-of-another-person', { userId: claims.userId });
      }
      if (!claims.role) throw new ActorRefusedError('no-role', { userId: claims.userId });
      return actor(claims.userId, claims.role, claims.divisionId ?? null);
    }
    const personId = place.personId ?? claims.userId;
    if (claims.role && claims.role !== place.role) {
      throw new ActorRefusedError('role-claim-mismatch', {
        userId: personId,
        claimed: claims.role,
        role: place.role,
      });
    }
    return actor(personId, place.role, place.divisionId);
  }
}

function actor(userId: string, role: Role, divisionId: string | null): Actor {
  return divisionId ? { userId, role, divisionId } : { userId, role };
}
