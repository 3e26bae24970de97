import { ActorDirectories, ActorRefusedError, type OrgPlace } from './actor-directories';

/** A directory over people by person id, each signing in with their login subject (default: their id). */
const tree = (people: Record<string, OrgPlace & { loginSubject?: string }>) => ({
  placeOf: async (subject: string): Promise<OrgPlace | undefined> => {
    const found = Object.entries(people).find(([id, p]) => (p.loginSubject ?? id) === subject);
    return found && { personId: found[0], role: found[1].role, divisionId: found[1].divisionId };
  },
  hasPerson: async (personId: string) => personId in people,
});

describe('actor directories: the org tree, not the token, decides business roles', () => {
  const directories = new ActorDirectories();
  directories.add({ priority: 1, ...tree({ 'p-li': { role: 'vp', divisionId: null } }) }); // a lagging copy
  directories.add({
    priority: 0,
    ...tree({
      'p-li': { role: 'salesperson', divisionId: 'd-east' },
      'p-vp': { role: 'vp', divisionId: null },
      'p-zhao': { role: 'general_manager', divisionId: null, loginSubject: 'oidc|123' },
    }),
  });

  it('refuses a token whose role claim disagrees with the tree', async () => {
    const refused = await directories.actorOf({ userId: 'p-li', role: 'vp' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ActorRefusedError);
    expect(refused).toMatchObject({
      code: 'role-claim-mismatch',
      details: { userId: 'p-li', claimed: 'vp', role: 'salesperson' },
    });
  });

  it("gives a token without a role claim the tree's role and division (the most authoritative tree)", async () => {
    expect(await directories.actorOf({ userId: 'p-li' })).toEqual({
      userId: 'p-li',
      role: 'salesperson',
      divisionId: 'd-east',
    });
    // The division claimed in the token does not count either.
    expect(await directories.actorOf({ userId: 'p-li', role: 'salesperson', divisionId: 'd-west' })).toEqual({
      userId: 'p-li',
      role: 'salesperson',
      divisionId: 'd-east',
    });
  });

  it('recognises a person by their login subject and lets them act under their person id', async () => {
    expect(await directories.actorOf({ userId: 'oidc|123' })).toEqual({
      userId: 'p-zhao',
      role: 'general_manager',
    });
    expect(await directories.actorOf({ userId: 'oidc|123', role: 'general_manager' })).toEqual({
      userId: 'p-zhao',
      role: 'general_manager',
    });
    await expect(directories.actorOf({ userId: 'oidc|123', role: 'vp' })).rejects.toMatchObject({
      code: 'role-claim-mismatch',
      details: { userId: 'p-zhao', claimed: 'vp', role: 'general_manager' },
    });
  });

  it('the person id of someone who signs in with another subject no longer matches, not even with a role claim', async () => {
    for (const claims of [{ userId: 'p-zhao' }, { userId: 'p-zhao', role: 'vp' as const }]) {
      await expect(directories.actorOf(claims)).rejects.toMatchObject({
        code: 'subject-of-another-person',
        details: { userId: 'p-zhao' },
      });
    }
  });

  it('takes admin from the token alone, and the token role of someone not in the tree', async () => {
    expect(await directories.actorOf({ userId: 'it-1', role: 'admin' })).toEqual({
      userId: 'it-1',
      role: 'admin',
    });
    expect(await directories.actorOf({ userId: 'p-new', role: 'salesperson' })).toEqual({
      userId: 'p-new',
      role: 'salesperson',
    });
    await expect(directories.actorOf({ userId: 'p-new' })).rejects.toMatchObject({ code: 'no-role' });
  });

  it('a directory that names no person id answers for the subject itself', async () => {
    const legacy = new ActorDirectories();
    legacy.add({ priority: 1, placeOf: async () => ({ role: 'finance', divisionId: null }) });
    expect(await legacy.actorOf({ userId: 'p-cai' })).toEqual({ userId: 'p-cai', role: 'finance' });
  });

  it('without any directory, takes the claims as they are', async () => {
    const none = new ActorDirectories();
    expect(await none.actorOf({ userId: 'p-li', role: 'vp' })).toEqual({ userId: 'p-li', role: 'vp' });
  });
});
