import { ActorDirectories, ActorRefusedError, type OrgPlace } from './actor-directories';

const tree = (people: Record<string, OrgPlace>) => ({
  placeOf: async (userId: string) => people[userId],
});

describe('actor directories: the org tree, not the token, decides business roles', () => {
  const directories = new ActorDirectories();
  directories.add({ priority: 1, ...tree({ 'p-li': { role: 'vp', divisionId: null } }) }); // a lagging copy
  directories.add({
    priority: 0,
    ...tree({
      'p-li': { role: 'salesperson', divisionId: 'd-east' },
      'p-vp': { role: 'vp', divisionId: null },
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

  it('without any directory, takes the claims as they are', async () => {
    const none = new ActorDirectories();
    expect(await none.actorOf({ userId: 'p-li', role: 'vp' })).toEqual({ userId: 'p-li', role: 'vp' });
  });
});
