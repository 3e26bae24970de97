import { installGracefulShutdown } from './graceful-shutdown';

function exitCode(): { exit: (code: number) => void; code: Promise<number> } {
  let resolve!: (code: number) => void;
  const code = new Promise<number>((r) => (resolve = r));
  return { exit: (c) => resolve(c), code };
}

describe('installGracefulShutdown', () => {
  it('closes everything in order on SIGTERM, then exits 0', async () => {
    const closed: string[] = [];
    const { exit, code } = exitCode();
    const uninstall = installGracefulShutdown(
      [
        async () => void closed.push('relay'),
        { close: async () => void closed.push('bus') },
        { close: async () => void closed.push('store') },
      ],
      { exit, log: () => undefined },
    );
    process.emit('SIGTERM');
    expect(await code).toBe(0);
    expect(closed).toEqual(['relay', 'bus', 'store']);
    uninstall();
  });

  it('still closes the rest when one close fails, and exits 1', async () => {
    const closed: string[] = [];
    const lines: string[] = [];
    const { exit, code } = exitCode();
    const uninstall = installGracefulShutdown(
      [
        async () => {
          throw new Error('broker gone');
        },
        async () => void closed.push('store'),
      ],
      { exit, log: (line) => lines.push(line) },
    );
    process.emit('SIGINT');
    expect(await code).toBe(1);
    expect(closed).toEqual(['store']);
    expect(lines.some((line) => JSON.parse(line).msg === 'shutdown: Error: broker gone')).toBe(true);
    uninstall();
  });

  it('exits 1 at once on a second signal', async () => {
    const codes: number[] = [];
    const uninstall = installGracefulShutdown([() => new Promise<void>(() => undefined)], {
      exit: (c) => codes.push(c),
      log: () => undefined,
    });
    process.emit('SIGTERM');
    process.emit('SIGTERM');
    expect(codes).toEqual([1]);
    uninstall();
  });
});
