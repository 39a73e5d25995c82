import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { DATA_FILE } from '../../electron/core/store/open-store';
import { startWebHost } from '../../electron/web/web-host';
import type { ContactPage } from '../../electron/shared/contact-page';
import { allContactRows } from '../fixtures/all-contacts';
import { syntheticContacts } from './fixtures';
import { measureAsync } from './stats';

/** Round trip of a search through the web host's WebSocket IPC (validation + dispatch + JSON). */
export async function runIpcBench(size = 1000): Promise<Record<string, Record<string, number>>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'netwell-bench-ipc-'));
  const rendererDir = mkdtempSync(join(tmpdir(), 'netwell-bench-r-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  writeFileSync(
    join(dataDir, DATA_FILE),
    JSON.stringify({ version: 1, contacts: syntheticContacts(size), trash: [] }),
  );
  const host = await startWebHost({
    dataDir,
    port: 0,
    testControls: false,
    rendererDir,
    version: 'bench',
    log: () => {},
  });
  try {
    const ws = new WebSocket(`${host.url.replace('http', 'ws')}/api`, {
      origin: host.url,
      headers: { Authorization: `Bearer ${host.token}` },
    });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    let id = 0;
    const page = (input: unknown) =>
      new Promise<ContactPage>((resolve) => {
        const mine = ++id;
        const onMessage = (raw: WebSocket.RawData) => {
          const reply = JSON.parse(String(raw)) as { id?: number; result?: { value: ContactPage } };
          if (reply.id === mine) {
            ws.off('message', onMessage);
            resolve(reply.result!.value);
          }
        };
        ws.on('message', onMessage);
        ws.send(JSON.stringify({ type: 'call', id: mine, name: 'contacts.page', input }));
      });
    // A search's first page (what the list shows), and every page of the whole list.
    const search = await measureAsync(async () => void (await page({ query: 'maria' })), 200);
    const all = await measureAsync(async () => void (await allContactRows(page)), 50);
    ws.close();
    return {
      ipc: {
        contacts_count: size,
        search_roundtrip_p50_ms: search.p50,
        search_roundtrip_p95_ms: search.p95,
        list_all_roundtrip_p50_ms: all.p50,
        list_all_roundtrip_p95_ms: all.p95,
      },
    };
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(rendererDir, { recursive: true, force: true });
  }
}
