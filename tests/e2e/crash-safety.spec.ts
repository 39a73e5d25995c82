/**
 * Crash safety of the store, on the real browser host process (`out/web/host.js`): a stream of
 * `contacts.create` calls over the WebSocket, the host killed with SIGKILL at a random moment, again
 * and again on the same data folder. After every kill the data must load (nothing moved aside as
 * unreadable) and hold every edit the host acknowledged. The journal is compacted every 25 lines
 * here, so kills also land during compactions. No page: this test drives the process directly.
 */
import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import WebSocket from 'ws';
import type { ContactPage } from '../../electron/shared/contact-page';
import { mulberry32 } from '../bench/generate-dataset';
import { allContactRows } from '../fixtures/all-contacts';
import { authorization, startHostProcess } from './web-host-process';

// Six rounds here, where the page's notice is checked too; the torture suite (`npm run torture`,
// part of `npm test`) runs the long SIGKILL loop.
const ROUNDS = 6;

/** Seeded (mulberry32): the same seed gives the same run. */
const random = mulberry32;

/** The host on `dataDir`, compacting its journal often so kills land during compaction too. */
const startHost = (dataDir: string) =>
  startHostProcess(['--data-dir', dataDir, '--port', '0'], {
    ...process.env,
    NETWELL_STORE_COMPACT_LINES: '25',
  });

interface Client {
  call(name: string, input: unknown): Promise<{ ok: boolean; value?: unknown }>;
  close(): void;
}

async function connect(host: { url: string; token: string }): Promise<Client> {
  const ws = new WebSocket(`${host.url.replace('http', 'ws')}/api`, {
    origin: host.url,
    headers: authorization(host),
  });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const waiting = new Map<number, (result: { ok: boolean; value?: unknown }) => void>();
  ws.on('message', (raw) => {
    const message = JSON.parse(String(raw)) as {
      type: string;
      id?: number;
      result?: { ok: boolean };
    };
    if (message.type === 'result' && message.id !== undefined) {
      waiting.get(message.id)?.(message.result!);
      waiting.delete(message.id);
    }
  });
  ws.on('error', () => {});
  let id = 0;
  return {
    call(name, input) {
      const mine = ++id;
      return new Promise((resolve) => {
        waiting.set(mine, resolve);
        ws.send(JSON.stringify({ type: 'call', id: mine, name, input }));
      });
    },
    close: () => ws.terminate(),
  };
}

test('SIGKILL at random moments never loses an acknowledged edit', async () => {
  // About 40 s on an idle 2-core machine; the margin is for a loaded one.
  test.setTimeout(180_000);
  const dataDir = await mkdtemp(join(tmpdir(), 'netwell-crash-'));
  const seed = Number(process.env['NETWELL_CRASH_SEED'] ?? 20261128);
  const next = random(seed);
  const acknowledged: string[] = [];
  const check = async (client: Client, round: number) => {
    const rows = await allContactRows(async (request) => {
      const listed = await client.call('contacts.page', request);
      expect(listed.ok, `round ${round}: list`).toBe(true);
      return listed.value as ContactPage;
    });
    const names = new Set(rows.map((c) => c.name));
    const missing = acknowledged.filter((n) => !names.has(n));
    expect(missing, `round ${round} (seed ${seed}): acknowledged edits missing`).toEqual([]);
    const unreadable = (await readdir(dataDir)).filter((f) => f.includes('unreadable'));
    expect(unreadable, `round ${round}: files set aside`).toEqual([]);
    if (round > 0) {
      // The killed host's lock was taken over at once, and the user is told why.
      const notices = await client.call('app.notices', {});
      const messages = (notices.value as { message: string }[]).map((n) => n.message);
      expect(messages.join('\n'), `round ${round}: notices`).toMatch(
        /^Netwell is recovering from an unclean stop: the last run \(process \d+\) ended without closing\./m,
      );
    }
  };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const host = await startHost(dataDir);
      const { child } = host;
      const client = await connect(host);
      await check(client, round);
      if (process.env['NETWELL_CRASH_DEBUG'])
        console.log(`round ${round}: ${acknowledged.length} acknowledged`);
      // Four writers in flight at a time (so group commits happen), until the kill.
      let killed = false;
      let n = 0;
      const exited = once(child, 'exit').then(() => null);
      let firstAck: () => void = () => {};
      const started = new Promise<void>((resolve) => (firstAck = resolve));
      const writer = async () => {
        while (!killed) {
          const name = `Round ${round} edit ${n++}`;
          const result = await Promise.race([
            client.call('contacts.create', { name, tags: ['crash-test'] }),
            exited,
          ]);
          if (result?.ok) {
            acknowledged.push(name);
            firstAck();
          } else break;
        }
      };
      const writers = Array.from({ length: 4 }, writer);
      // Kill at a random moment once edits are flowing (so every round cuts into some).
      await started;
      await new Promise((r) => setTimeout(r, next() * 300));
      killed = true;
      child.kill('SIGKILL');
      await exited;
      await Promise.all(writers);
      client.close();
      // The dead host's lock is left in place: its pid is dead, so the next host takes it at once.
    }
    const host = await startHost(dataDir);
    const { child } = host;
    const client = await connect(host);
    await check(client, ROUNDS);
    client.close();
    child.kill('SIGTERM');
    await once(child, 'exit');
    expect(acknowledged.length).toBeGreaterThan(ROUNDS * 10);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
