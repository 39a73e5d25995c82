/**
 * Case 5: who gets in. Without the token, with a wrong one, or from another Origin, the socket,
 * the built assets and the test controls are refused. And where we run as root, a process of
 * another OS user (nobody) can neither read the data folder nor talk to /api.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdir, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CaseReport, type CaseResult } from './case-result';
import { createContacts, startAndConnect } from './host-helpers';
import { HOST_SCRIPT, type RunningHost } from './host-process';
import type { TortureOptions } from './options';
import { connect } from './socket-client';

const NOBODY = 65534;
const EVIL = 'http://evil.example';

export async function runAccess(root: string, options: TortureOptions): Promise<CaseResult> {
  const report = new CaseReport('access');
  // The host creates the data folder itself (as on a first run), inside a folder others may enter.
  // (The run's own temporary folder is 0700: open it too, so only the data folder's modes count.)
  await mkdir(root, { recursive: true });
  await chmod(dirname(root), 0o755);
  await chmod(root, 0o755);
  const dataDir = join(root, 'data');
  const { host, client } = await startAndConnect(dataDir, { args: ['--test-controls'] });
  try {
    await createContacts(client, 3, 'Private');
    // So the settings file exists too (it was created 0644).
    await client.call('settings.update', { firstRunDone: true }, 10_000);
    client.close();
    report.check(
      host.token !== null,
      'the host prints no per-run token: its only gate is the Origin',
    );
    await socketRefusals(host, report);
    await httpRefusals(host, report);
    await secondUser(host, dataDir, report, options);
  } finally {
    await host.stop();
  }
  return report.result(true);
}

async function socketRefusals(host: RunningHost, report: CaseReport) {
  const tries: [string, { origin?: string; token?: string | null }][] = [
    ['no token', { token: null }],
    ['a wrong token', { token: 'wrong-token-000000000000000000000000000000' }],
    ['a forged Origin', { origin: EVIL }],
    ['a forged Origin and no token', { origin: EVIL, token: null }],
  ];
  for (const [what, options] of tries) {
    const refused = await connect(host, options).then(
      (c) => (c.close(), false),
      () => true,
    );
    report.add('attempts');
    report.check(refused, `/api accepted a socket with ${what}`);
  }
}

async function httpRefusals(host: RunningHost, report: CaseReport) {
  const assets = await readdir(join(dirname(HOST_SCRIPT), '..', 'renderer', 'assets')).catch(
    () => [] as string[],
  );
  const asset = assets.find((f) => f.endsWith('.js'));
  const paths = [...(asset ? [`/assets/${asset}`] : []), '/__test__/state'];
  const bad: [string, Record<string, string>][] = [
    ['no token', {}],
    ['a wrong token', { Authorization: 'Bearer wrong-token' }],
    ['a forged Origin and no token', { Origin: EVIL }],
  ];
  for (const path of paths) {
    for (const [what, headers] of bad) {
      const res = await fetch(`${host.url}${path}`, { headers, redirect: 'manual' });
      await res.arrayBuffer();
      report.add('attempts');
      report.check(
        res.status === 401 || res.status === 403,
        `GET ${path} with ${what} answered ${res.status}`,
      );
    }
  }
  // A page elsewhere posting text/plain (no preflight) to move the clock.
  const res = await fetch(`${host.url}/__test__/clock`, {
    method: 'POST',
    headers: { Origin: EVIL, 'Content-Type': 'text/plain' },
    body: JSON.stringify({ advanceMs: 86_400_000 }),
  });
  await res.arrayBuffer();
  report.add('attempts');
  report.check(
    res.status >= 400,
    `a cross-origin text/plain POST to /__test__/clock answered ${res.status}`,
  );
  if (host.token) {
    // The control: with the token, the same asset is served (so refusals above mean something).
    const ok = await fetch(`${host.url}${paths[0]}`, {
      headers: { Authorization: `Bearer ${host.token}` },
    });
    await ok.arrayBuffer();
    report.check(ok.status === 200, `GET ${paths[0]} with the token answered ${ok.status}`);
  }
}

/** A child process as user nobody tries the data files and the socket. */
async function secondUser(
  host: RunningHost,
  dataDir: string,
  report: CaseReport,
  options: TortureOptions,
) {
  if (process.platform === 'win32' || process.getuid?.() !== 0) {
    report.skip('second user: needs root to start a process as another user');
    return;
  }
  const files = (await readdir(dataDir, { recursive: true }))
    .map((f) => join(dataDir, String(f)))
    .filter((f) => /\.json$|\.journal$|\.seal$/.test(f));
  const script = `
    const fs = require('node:fs');
    const net = require('node:net');
    const files = ${JSON.stringify(files)};
    const readable = files.filter((f) => { try { fs.readFileSync(f); return true; } catch { return false; } });
    const listed = (() => { try { fs.readdirSync(${JSON.stringify(dataDir)}); return true; } catch { return false; } })();
    const s = net.connect(${host.port}, '127.0.0.1', () => s.write(
      'GET /api HTTP/1.1\\r\\nHost: 127.0.0.1:${host.port}\\r\\nUpgrade: websocket\\r\\nConnection: Upgrade\\r\\n' +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\\r\\nSec-WebSocket-Version: 13\\r\\nOrigin: ${host.url}\\r\\n\\r\\n'));
    let head = '';
    s.on('data', (c) => { head += c; if (head.includes('\\r\\n\\r\\n')) { s.destroy(); done(head.split('\\r\\n')[0]); } });
    s.on('error', (e) => done('error ' + e.code));
    function done(status) { console.log(JSON.stringify({ readable, listed, status })); process.exit(0); }
  `;
  const child = spawn(process.execPath, ['-e', script], {
    uid: NOBODY,
    gid: NOBODY,
    cwd: '/',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(-1));
    child.once('exit', resolve);
  });
  const line = out.split('\n').find((l) => l.startsWith('{'));
  if (code !== 0 || !line) {
    report.skip(
      `second user: could not run a process as nobody (${out.trim().slice(0, 200) || code})`,
    );
    return;
  }
  const seen = JSON.parse(line) as { readable: string[]; listed: boolean; status: string };
  report.add('attempts', 2);
  report.figures['secondUserFilesRead'] = seen.readable.length;
  report.check(
    seen.readable.length === 0,
    `second user: user nobody read ${seen.readable.length} of ${files.length} data files (e.g. ${seen.readable[0] ?? ''})`,
  );
  report.check(!seen.listed, 'second user: user nobody can list the data folder (it is not 0700)');
  report.check(
    !seen.status.includes(' 101 '),
    `second user: user nobody opened /api (${seen.status})`,
  );
  if (!options.json)
    console.log(
      `  second user: files readable ${seen.readable.length}/${files.length}, /api: ${seen.status}`,
    );
}
