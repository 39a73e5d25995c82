/**
 * Case 4: malformed WebSocket frames, each on its own connection. A bad frame may close that
 * connection, nothing more: after each, the host must be alive and a fresh client answered.
 */
import { mkdir } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { CaseReport, type CaseResult } from './case-result';
import { startPatiently } from './host-helpers';
import type { RunningHost } from './host-process';
import type { TortureOptions } from './options';
import { frame, rawUpgrade } from './raw-websocket';
import { connect, isResult } from './socket-client';

const TEXT = 0x1;
const CLOSE = 0x8;
const PING = 0x9;

function badFrames(randomCount: number): [string, Buffer][] {
  const hello = Buffer.from('{"type":"call","id":1,"name":"app.info"}');
  const closeWithCode = (code: number, reason: Buffer) => {
    const b = Buffer.alloc(2);
    b.writeUInt16BE(code);
    return Buffer.concat([b, reason]);
  };
  const list: [string, Buffer][] = [
    ['invalid UTF-8 text', frame(TEXT, Buffer.from([0xff, 0xfe, 0xc3, 0x28]))],
    ['RSV1 set (no extension agreed)', frame(TEXT, hello, { rsv1: true })],
    ['unmasked frame', frame(TEXT, hello, { mask: false })],
    ['unknown opcode 0x3', frame(0x3, hello)],
    ['unknown control opcode 0xB', frame(0xb, Buffer.from('x'))],
    ['huge length header (2^63-1)', frame(TEXT, hello, { claimedLength: 2n ** 63n - 1n })],
    ['length over maxPayload (1 TB)', frame(TEXT, hello, { claimedLength: 2n ** 40n })],
    ['continuation with no start', frame(0x0, hello)],
    [
      'fragmented garbage (new text frame mid-message)',
      Buffer.concat([frame(TEXT, Buffer.from('{"ty'), { fin: false }), frame(TEXT, hello)]),
    ],
    ['fragmented ping', frame(PING, Buffer.from('x'), { fin: false })],
    ['ping over 125 bytes', frame(PING, Buffer.alloc(200, 1))],
    ['close with code 999', frame(CLOSE, closeWithCode(999, Buffer.alloc(0)))],
    ['close with invalid UTF-8 reason', frame(CLOSE, closeWithCode(1000, Buffer.from([0xff])))],
    ['close with a 1-byte body', frame(CLOSE, Buffer.from([0x03]))],
    ['text that is not JSON', frame(TEXT, Buffer.from('not json at all'))],
    ['truncated frame, then hang up', frame(TEXT, hello).subarray(0, 5)],
  ];
  for (let i = 0; i < randomCount; i++) list.push([`random bytes #${i}`, randomBytes(64 + i * 37)]);
  return list;
}

export async function runFrameFuzz(dir: string, options: TortureOptions): Promise<CaseResult> {
  const report = new CaseReport('frame fuzz');
  report.add('framesTried', 0);
  report.add('crashes', 0);
  await mkdir(dir, { recursive: true });
  const start = async () => {
    const launch = await startPatiently(dir);
    if (!launch.started) throw new Error(`the host did not start:\n${launch.output}`);
    return launch.host;
  };
  let current = await start();
  for (const [label, bytes] of badFrames(options.quick ? 4 : 40)) {
    report.add('framesTried');
    const headers: Record<string, string> = { Origin: current.url };
    if (current.token) headers['Authorization'] = `Bearer ${current.token}`;
    try {
      const { socket, status } = await rawUpgrade(current.port, headers);
      if (!report.check(status.includes(' 101 '), `${label}: upgrade refused (${status})`)) {
        socket.destroy();
        continue;
      }
      socket.on('error', () => {});
      socket.write(bytes);
      // Wait for the host to close it, or a moment; then hang up ourselves.
      await Promise.race([
        new Promise((r) => socket.once('close', r)),
        new Promise((r) => setTimeout(r, 300)),
      ]);
      socket.destroy();
    } catch (error) {
      report.check(false, `${label}: ${(error as Error).message}`);
    }
    await new Promise((r) => setTimeout(r, 100));
    const answered = current.alive() && (await answers(current));
    if (!current.alive()) {
      report.add('crashes');
      report.check(false, `${label} killed the host: ${lastLine(current.output())}`);
      if (options.quick && report.figures['crashes']! >= 3) {
        report.check(false, 'stopped after 3 crashes (quick run)');
        break;
      }
      current = await start();
    } else report.check(answered, `${label}: the host stopped answering a fresh client`);
  }
  await current.stop();
  return report.result(true);
}

async function answers(host: RunningHost): Promise<boolean> {
  try {
    const client = await connect(host);
    const outcome = await client.call('app.info', undefined, 5000);
    client.close();
    return outcome.kind === 'result' && isResult(outcome.result) && outcome.result.ok;
  } catch {
    return false;
  }
}

/** The error a dead host printed (e.g. "RangeError: Invalid WebSocket frame: …"). */
const lastLine = (text: string) =>
  (/^\w*Error: .*$/m.exec(text)?.[0] ?? text.trim().split('\n').slice(-1)[0]!).slice(0, 200);
