import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebHost, type WebHost } from '../../electron/web/web-host';
import { socketCall as call } from './socket-call';

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

const bearer = (host: WebHost) => ({ Authorization: `Bearer ${host.token}` });

/** fetch() normalises "..", so path tricks are sent raw. */
function rawStatus(host: WebHost, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(host.url);
    request({ host: '127.0.0.1', port, path, headers: bearer(host) }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

function connect(
  url: string,
  origin: string,
  headers: Record<string, string> = {},
): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/api`, { origin, headers });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

describe('web host', () => {
  it('serves the renderer with the CSP, only from inside its folder', async () => {
    const host = await start();
    const res = await fetch(`${host.url}/`, { headers: bearer(host) });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Netwell</title>');
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    for (const evil of [
      '/%2e%2e/%2e%2e/etc/passwd',
      '/../package.json',
      '/assets%2f..%2f..%2fpackage.json',
    ]) {
      expect(await rawStatus(host, evil), evil).toBe(400);
    }
    expect((await fetch(`${host.url}/missing.js`, { headers: bearer(host) })).status).toBe(404);
    expect((await fetch(`${host.url}/`, { method: 'POST', headers: bearer(host) })).status).toBe(
      405,
    );
  });

  it('answers the contract over a WebSocket from its own page and pushes events', async () => {
    const host = await start();
    const ws = await connect(host.url, host.url, bearer(host));
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
    await expect(connect(host.url, 'https://evil.example', bearer(host))).rejects.toThrow(/403/);
    await expect(connect(host.url, 'http://127.0.0.1:1', bearer(host))).rejects.toThrow(/403/);
  });

  it('refuses WebSockets without the run token, even from its own origin', async () => {
    const host = await start();
    await expect(connect(host.url, host.url)).rejects.toThrow(/401/);
    await expect(connect(host.url, host.url, { Authorization: 'Bearer guess' })).rejects.toThrow(
      /401/,
    );
    await expect(
      connect(host.url, host.url, { Cookie: `netwell-session=${host.token.slice(1)}` }),
    ).rejects.toThrow(/401/);
    (await connect(host.url, host.url, { Cookie: `netwell-session=${host.token}` })).close();
  });

  it('trades the printed key for an HttpOnly SameSite=Strict cookie; without it only a page saying where to go', async () => {
    const host = await start();
    const bare = await fetch(`${host.url}/`);
    expect(bare.status).toBe(401);
    const welcome = await bare.text();
    expect(welcome).toContain('Open the address the Netwell web host printed');
    expect(welcome).not.toContain('<title>Netwell</title>');
    expect((await fetch(`${host.url}/index.html`)).status).toBe(401);
    expect((await fetch(`${host.url}/assets/app.js`)).status).toBe(401);
    expect(await (await fetch(`${host.url}/?token=guess`)).text()).toContain('not the right one');

    const signIn = await fetch(`${host.url}/?token=${host.token}`, { redirect: 'manual' });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/');
    const cookie = signIn.headers.get('set-cookie')!;
    expect(cookie).toBe(`netwell-session=${host.token}; HttpOnly; SameSite=Strict; Path=/`);
    const page = await fetch(`${host.url}/`, { headers: { Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Netwell</title>');
  });

  it('refuses other host names, so a rebound DNS name reaches nothing', async () => {
    const host = await start();
    const { port } = new URL(host.url);
    const status = await new Promise<number>((resolve, reject) => {
      request(
        {
          host: '127.0.0.1',
          port,
          path: '/',
          headers: { ...bearer(host), Host: `evil.example:${port}` },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      )
        .on('error', reject)
        .end();
    });
    expect(status).toBe(403);
  });

  it('closes the socket on a malformed message', async () => {
    const host = await start();
    const ws = await connect(host.url, host.url, bearer(host));
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send('not json');
    expect(await closed).toBe(1003);
  });

  it('has test controls only when asked for', async () => {
    const plain = await start(false);
    expect((await fetch(`${plain.url}/__test__/state`, { headers: bearer(plain) })).status).toBe(
      404,
    );
    const controlled = await start(true);
    const headers = { ...bearer(controlled), 'Content-Type': 'application/json' };
    const state = (await (await fetch(`${controlled.url}/__test__/state`, { headers })).json()) as {
      now: string;
      tray: unknown;
    };
    expect(state.tray).toMatchObject({ icon: 'off' });
    const moved = await fetch(`${controlled.url}/__test__/clock`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ set: '2027-01-04T11:58:00Z' }),
    });
    // The adjustable clock keeps running from the instant it was set to.
    const now = Date.parse(((await moved.json()) as { now: string }).now);
    expect(now - Date.parse('2027-01-04T11:58:00Z')).toBeGreaterThanOrEqual(0);
    expect(now - Date.parse('2027-01-04T11:58:00Z')).toBeLessThan(5_000);
    const bad = await fetch(`${controlled.url}/__test__/clock`, {
      method: 'POST',
      headers,
      body: '{"set":"tomorrow"}',
    });
    expect(bad.status).toBe(400);
  });

  it('test controls need the token and a JSON body: a foreign text/plain POST does not move the clock', async () => {
    const host = await start(true);
    const state = async () =>
      (await (await fetch(`${host.url}/__test__/state`, { headers: bearer(host) })).json()) as {
        now: string;
      };
    const before = Date.parse((await state()).now);
    const attempt = (headers: Record<string, string>) =>
      fetch(`${host.url}/__test__/clock`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ set: '2031-01-01T00:00:00Z' }),
      });
    expect((await fetch(`${host.url}/__test__/state`)).status).toBe(401);
    expect((await attempt({ 'Content-Type': 'application/json' })).status).toBe(401);
    // What a page on another site (or another local port) can send without a preflight.
    expect(
      (await attempt({ 'Content-Type': 'text/plain', Origin: 'http://127.0.0.1:8080' })).status,
    ).toBe(403);
    expect((await attempt({ ...bearer(host), 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await attempt(bearer(host))).status).toBe(415);
    expect(Date.parse((await state()).now) - before).toBeLessThan(60_000);
    expect(
      (await attempt({ ...bearer(host), 'Content-Type': 'application/json; charset=utf-8' }))
        .status,
    ).toBe(200);
    expect((await state()).now.startsWith('2031-01-01T00:00')).toBe(true);
  });
});
