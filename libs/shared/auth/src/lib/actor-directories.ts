import { Injectable } from '@nestjs/common';
import type { Actor, Role } from '@sales/shared/domain';
import type { TokenClaims } from './token-verifier';

/** Where a person stands in the org tree today: their business role and division. */
export type OrgPlace = Readonly<{ role: Role; divisionId: string | null }>;

/** A context's view of the org tree, answering for the people in it (undefined: not in the tree). */
export type ActorDirectory = Readonly<{
  /** Lower answers first: org's own tree (0) before a subscriber's copy of it (1). */
  priority: number;
  placeOf(userId: string): Promise<OrgPlace | undefined>;
}>;

/** Why a token's bearer may not act although the token is valid (403). */
export class ActorRefusedError extends Error {
  constructor(
    readonly code: 'role-claim-mismatch' | 'no-role',
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
 * - A person in the tree acts with the tree's role and division as of today; a token whose role
 *   claim says otherwise is refused, and a token without a role claim gets the tree's.
 * - A person not (yet) in the tree acts with the token's role: the tree is empty before it is set
 *   up, and a subscriber's copy may lag a hire by a moment; without a role claim they are refused.
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
      if (!claims.role) throw new ActorRefusedError('no-role', { userId: claims.userId });
      return actor(claims.userId, claims.role, claims.divisionId ?? null);
    }
    if (claims.role && claims.role !== place.role) {
      throw new ActorRefusedError('role-claim-mismatch', {
        userId: claims.userId,
        claimed: claims.role,
        role: place.role,
      });
    }
    return actor(claims.userId, place.role, place.divisionId);
  }
}

function actor(userId: string, role: Role, divisionId: string | null): Actor {
  return divisionId ? { userId, role, divisionId } : { userId, role };
}
