import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebHost, type WebHost } from '../../electron/web/web-host';

const hosts: WebHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
});

async function start(testControls = false) {
  const rendererDir = mkdtempSync(join(tmpdir(), 'netwell-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Netwell</title>');
  const host = await startWebHost({
    dataDir: mkdtempSync(join(tmpdir(), 'netwell-web-')),
    port: 0,
    testControls,
    rendererDir,
    version: '0.0.0-test',
    log: () => {},
  });
  hosts.push(host);
  return host;
}

/** fetch() normalises "..", so path tricks are sent raw. */
function rawStatus(url: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(url);
    request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

function connect(url: string, origin: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/api`, { origin });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

function call(ws: WebSocket, id: number, name: string, input: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const onMessage = (raw: WebSocket.RawData) => {
      const message = JSON.parse(String(raw)) as { type: string; id?: number; result?: unknown };
      if (message.type === 'result' && message.id === id) {
        ws.off('message', onMessage);
        resolve(message.result);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ type: 'call', id, name, input }));
  });
}

describe('web host', () => {
  it('serves the renderer with the CSP, only from inside its folder', async () => {
    const host = await start();
    const res = await fetch(`${host.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    for (const evil of [
      '/%2e%2e/%2e%2e/etc/passwd',
      '/../package.json',
      '/assets%2f..%2f..%2fpackage.json',
    ]) {
      expect(await rawStatus(host.url, evil), evil).toBe(400);
    }
    expect((await fetch(`${host.url}/missing.js`)).status).toBe(404);
    expect((await fetch(`${host.url}/`, { method: 'POST' })).status).toBe(405);
  });

  it('answers the contract over a WebSocket from its own page and pushes events', async () => {
    const host = await start();
    const ws = await connect(host.url, host.url);
    const events: unknown[] = [];
    ws.on('message', (raw) => {
      const m = JSON.parse(String(raw)) as { type: string };
      if (m.type === 'event') events.push(m);
    });
    const created = (await call(ws, 1, 'contacts.create', { name: 'Ana' })) as {
      ok: boolean;
      value: { id: string };
    };
    expect(created).toMatchObject({ ok: true, value: { name: 'Ana' } });
    expect(await call(ws, 2, 'contacts.create', { name: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'A contact needs a name.' },
    });
    expect(await call(ws, 3, 'app.info', undefined)).toMatchObject({
      ok: true,
      value: { host: 'web', trayAvailable: false },
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(events).toContainEqual({
      type: 'event',
      name: 'contacts.changed',
      payload: { ids: [created.value.id] },
    });
    ws.close();
  });

  it("refuses WebSockets from other origins (the web host's sender check)", async () => {
    const host = await start();
    await expect(connect(host.url, 'https://evil.example')).rejects.toThrow(/401|403/);
    await expect(connect(host.url, 'http://127.0.0.1:1')).rejects.toThrow(/401|403/);
  });

  it('closes the socket on a malformed message', async () => {
    const host = await start();
    const ws = await connect(host.url, host.url);
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send('not json');
    expect(await closed).toBe(1003);
  });

  it('has test controls only when asked for', async () => {
    const plain = await start(false);
    expect((await fetch(`${plain.url}/__test__/state`)).status).toBe(404);
    const controlled = await start(true);
    const state = (await (await fetch(`${controlled.url}/__test__/state`)).json()) as {
      now: string;
      tray: unknown;
    };
    expect(state.tray).toMatchObject({ icon: 'off' });
    const moved = await fetch(`${controlled.url}/__test__/clock`, {
      method: 'POST',
      body: JSON.stringify({ set: '2027-01-04T11:58:00Z' }),
    });
    // The adjustable clock keeps running from the instant it was set to.
    const now = Date.parse(((await moved.json()) as { now: string }).now);
    expect(now - Date.parse('2027-01-04T11:58:00Z')).toBeGreaterThanOrEqual(0);
    expect(now - Date.parse('2027-01-04T11:58:00Z')).toBeLessThan(5_000);
    const bad = await fetch(`${controlled.url}/__test__/clock`, {
      method: 'POST',
      body: '{"set":"tomorrow"}',
    });
    expect(bad.status).toBe(400);
  });
});
