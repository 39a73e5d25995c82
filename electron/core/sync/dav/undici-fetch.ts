import type { fetch as UndiciFetch } from 'undici';

type Input = Parameters<typeof UndiciFetch>[0];
type Init = Parameters<typeof UndiciFetch>[1];

/**
 * The network sync uses: undici's own fetch, newer than the one inside Node 24.21 (and Electron's
 * Node), which crashes the process with an uncatchable assertion when a server closes the
 * connection while a large answer is being read, as Radicale does with a 5,000-card listing
 * (nodejs/undici#5360, fixed by #5474 in undici 8). With its own Agent: without one, undici uses
 * the process-wide dispatcher, which Node's built-in fetch may have made (with the old code).
 *
 * Loaded at the first request, not at start: loading it made the core start 13% slower (676 ms
 * against 590 on an empty folder, `npm run bench -- --only startup`), and most starts sync
 * nothing in their first seconds (or never connect an account).
 */
export function undiciFetch(): typeof fetch {
  let loaded: Promise<(input: Input, init?: Init) => ReturnType<typeof UndiciFetch>> | null = null;
  const load = async () => {
    const { Agent, fetch } = await import('undici');
    const dispatcher = new Agent();
    return (input: Input, init?: Init) => fetch(input, { ...init, dispatcher });
  };
  const viaUndici = async (input: Input, init?: Init) => (await (loaded ??= load()))(input, init);
  return viaUndici as unknown as typeof fetch;
}
