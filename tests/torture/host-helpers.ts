/** Small steps the cases share: start and wait out a stale lock, write contacts, read notices. */
import { launchHost, type Launch, type LaunchOptions, type RunningHost } from './host-process';
import type { ContactPage } from '../../electron/shared/contact-page';
import { allContactRows } from '../fixtures/all-contacts';
import { connect, valueOf, type Client } from './socket-client';

/**
 * Starts the host, waiting out a dead host's lock (up to 15 s): cases other than the SIGKILL loop
 * are about something else, so a slow lock is not their failure.
 */
export async function startPatiently(
  dataDir: string,
  options: LaunchOptions = {},
): Promise<Launch> {
  const deadline = performance.now() + 15_000;
  for (;;) {
    const launch = await launchHost(dataDir, options);
    if (launch.started || !/already using the data folder/.test(launch.output)) return launch;
    if (performance.now() > deadline) return launch;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Starts the host and connects, or throws with what it printed. */
export async function startAndConnect(
  dataDir: string,
  options: LaunchOptions = {},
): Promise<{ host: RunningHost; client: Client }> {
  const launch = await startPatiently(dataDir, options);
  if (!launch.started)
    throw new Error(`the host did not start (${launch.code}):\n${launch.output}`);
  return { host: launch.host, client: await connect(launch.host) };
}

/** Creates `count` contacts named `${prefix} N`, eight in flight at a time. */
export async function createContacts(client: Client, count: number, prefix: string): Promise<void> {
  let n = 0;
  const worker = async () => {
    while (n < count) {
      const name = `${prefix} ${n++}`;
      valueOf('contacts.create', await client.call('contacts.create', { name }, 30_000));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

/** Every active contact's row, page after page. */
export function contactRows(client: Client) {
  return allContactRows(
    async (request) =>
      valueOf('contacts.page', await client.call('contacts.page', request, 30_000)) as ContactPage,
  );
}

export async function contactNames(client: Client): Promise<string[]> {
  return (await contactRows(client)).map((c) => c.name);
}

export async function noticeMessages(client: Client): Promise<string[]> {
  const notices = valueOf('app.notices', await client.call('app.notices', undefined, 10_000));
  return (notices as { message: string }[]).map((n) => n.message);
}

/** A sentence that ends properly: its last word is not cut (e.g. "...the last saved c."). */
export function endsCleanly(message: string): boolean {
  const trimmed = message.trim();
  if (!/[.!?)"'»…]$/.test(trimmed)) return false;
  const lastWord = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(trimmed)?.[1] ?? '';
  // A one-letter last word that is not a number is a word cut short.
  return lastWord.length > 1 || /^\d$/.test(lastWord);
}
