/**
 * The browser host's WebSocket against hostile frames, sent by hand over a raw TCP connection: each
 * bad frame must close that one connection, and the host must go on answering a good client.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect as tcpConnect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Handlers } from '../../electron/core/dispatch';
import { EventBus } from '../../electron/core/event-bus';
import { MAX_SOCKET_MESSAGE_BYTES } from '../../electron/shared/socket-limits';
import { attachSocketApi } from '../../electron/web/socket-api';
import { startWebHost, type WebHost } from '../../electron/web/web-host';
import { socketCall as call } from './socket-call';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((close) => close()));
});

async function startHost(): Promise<WebHost> {
  const rendererDir = mkdtempSync(join(tmpdir(), 'netwell-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Netwell</title>');
  const host = await startWebHost({
    dataDir: mkdtempSync(join(tmpdir(), 'netwell-frames-')),
    port: 0,
    testControls: false,
    rendererDir,
    version: '0.0.0-test',
    log: () => {},
  });
  cleanups.push(() => host.close());
  return host;
}

/** Opens /api by hand: the handshake written byte by byte, the 101 read back. */
async function rawSocket(url: string, token: string): Promise<Socket> {
  const { port, host } = new URL(url);
  const socket = tcpConnect(Number(port), '127.0.0.1');
  await once(socket, 'connect');
  socket.write(
    [
      'GET /api HTTP/1.1',
      `Host: ${host}`,
      `Origin: ${url}`,
      `Authorization: Bearer ${token}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      '',
      '',
    ].join('\r\n'),
  );
  let head = '';
  while (!head.includes('\r\n\r\n')) {
    const [chunk] = (await once(socket, 'data')) as [Buffer];
    head += chunk.toString('latin1');
  }
  expect(head).toMatch(/^HTTP\/1\.1 101 /);
  return socket;
}

/** A client frame: FIN and `opcode` in the first byte (plus `firstBits`), masked unless told. */
function frame(
  opcode: number,
  payload: Buffer,
  { masked = true, firstBits = 0x80, length = payload.length } = {},
): Buffer {
  const lengthBytes =
    length < 126
      ? Buffer.from([length])
      : length < 65_536
        ? Buffer.from([126, length >> 8, length & 0xff])
        : (() => {
            const b = Buffer.alloc(9);
            b[0] = 127;
            b.writeBigUInt64BE(BigInt(length), 1);
            return b;
          })();
  if (masked) lengthBytes[0]! |= 0x80;
  const mask = masked ? randomBytes(4) : Buffer.alloc(0);
  const body = masked ? payload.map((byte, i) => byte ^ mask[i % 4]!) : payload;
  return Buffer.concat([Buffer.from([firstBits | opcode]), lengthBytes, mask, Buffer.from(body)]);
}

const text = (s: string) => Buffer.from(s, 'utf8');

const BAD_FRAMES: Record<string, Buffer> = {
  'invalid UTF-8 text': frame(0x1, Buffer.from([0xc3, 0x28, 0xff, 0xfe])),
  'RSV1 set without compression': frame(0x1, text('{}'), { firstBits: 0x80 | 0x40 }),
  'RSV2 and RSV3 set': frame(0x1, text('{}'), { firstBits: 0x80 | 0x20 | 0x10 }),
  'an unmasked client frame': frame(0x1, text('{}'), { masked: false }),
  'an unknown opcode': frame(0x3, text('{}')),
  'an unknown control opcode': frame(0xb, text('x')),
  'a continuation with nothing to continue': frame(0x0, text('{}')),
  'a fragmented ping': frame(0x9, text('x'), { firstBits: 0 }),
  'a ping over 125 bytes': frame(0x9, Buffer.alloc(126)),
  'a close frame with an invalid code': frame(0x8, Buffer.from([0x03, 0xe7])),
  // Only the header: the host must refuse on the announced length, before any buffering.
  'a payload over maxPayload': frame(0x1, Buffer.alloc(0), {
    length: MAX_SOCKET_MESSAGE_BYTES + 1,
  }),
  'a message that is not JSON': frame(0x1, text('not json')),
  'a binary message': frame(0x2, text('{"type":"call","id":1,"name":"app.info"}')),
  'a call of the wrong shape': frame(0x1, text('{"type":"call","id":-1,"name":7}')),
};

/**
 * Resolves once the host has sent a close frame (it then waits for ours, as the protocol says) or
 * ended the TCP connection; rejects after 5 s.
 */
async function closedByHost(socket: Socket): Promise<void> {
  socket.on('error', () => {});
  if (socket.destroyed || socket.readableEnded) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the host kept the connection open')), 5_000);
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve();
    };
    socket.on('data', (chunk: Buffer) => {
      if ((chunk[0]! & 0x0f) === 0x8) done();
    });
    socket.once('close', done);
  });
}

function goodClient(url: string, token: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/api`, {
      origin: url,
      headers: { Authorization: `Bearer ${token}` },
    });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

describe('the WebSocket against bad frames', () => {
  it('closes only the connection that sent each bad frame; a good client keeps being answered', async () => {
    const host = await startHost();
    const good = await goodClient(host.url, host.token);
    let id = 0;
    for (const [kind, bytes] of Object.entries(BAD_FRAMES)) {
      const bad = await rawSocket(host.url, host.token);
      bad.write(bytes);
      await expect(closedByHost(bad), kind).resolves.toBeUndefined();
      expect(await call(good, ++id, 'app.info'), kind).toMatchObject({
        ok: true,
        value: { host: 'web' },
      });
    }
    // And a new client still gets in.
    const late = await goodClient(host.url, host.token);
    expect(await call(late, 1, 'contacts.page', {})).toMatchObject({ ok: true });
    late.close();
    good.close();
  });

  it('a handshake without the token is refused before any frame is read', async () => {
    const host = await startHost();
    await expect(rawSocket(host.url, 'guess')).rejects.toThrow(/401/);
  });
});

describe('a failing handler', () => {
  it('closes that connection and leaves the server answering', async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const logged: unknown[] = [];
    // A result JSON cannot carry (a BigInt) makes the answer itself throw, outside dispatch.
    let broken = true;
    const handlers = new Proxy({} as Handlers, {
      get: () => () => (broken ? { size: 1n } : { fine: true }),
    });
    const api = attachSocketApi(server, handlers, new EventBus(), 'secret', (e) => logged.push(e));
    cleanups.push(async () => {
      await api.close();
      await new Promise((resolve) => server.close(resolve));
    });
    const url = `http://127.0.0.1:${port}`;
    const first = await goodClient(url, 'secret');
    const closed = once(first, 'close') as Promise<[number]>;
    first.send(JSON.stringify({ type: 'call', id: 1, name: 'app.info' }));
    expect((await closed)[0]).toBe(1011);
    expect(logged).toHaveLength(1);
    broken = false;
    const second = await goodClient(url, 'secret');
    expect(await call(second, 2, 'app.info')).toEqual({ ok: true, value: { fine: true } });
    second.close();
  });
});
