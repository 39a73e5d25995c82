/**
 * Case 2: the recoveries of issue #13, each on its own data folder: a backup after a replayed
 * journal, a garbage first journal line, backups only from a newer Netwell, a read-only folder and
 * a full disk (the last two on a tmpfs mount, where the OS lets us mount one).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, statfsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CaseReport, type CaseResult } from './case-result';
import {
  contactNames,
  createContacts,
  endsCleanly,
  noticeMessages,
  startAndConnect,
  startPatiently,
} from './host-helpers';
import type { TortureOptions } from './options';
import { isResult } from './socket-client';

const DATA_FILE = 'netwell-data.json';
const JOURNAL = 'netwell-data.journal';

export async function runCorruptionCases(
  root: string,
  options: TortureOptions,
): Promise<CaseResult> {
  const report = new CaseReport('corruption');
  const subcases: [string, (dir: string) => Promise<boolean>][] = [
    ['backup after replay', (dir) => backupAfterReplay(dir, report, 100)],
    ['garbage journal line', (dir) => garbageJournalLine(dir, report)],
    ['newer backups only', (dir) => newerBackupsOnly(dir, report)],
    ['read-only folder', (dir) => readOnlyFolder(dir, report)],
    ['full disk', (dir) => fullDisk(dir, report)],
  ];
  let ran = false;
  for (const [name, run] of subcases) {
    const dir = join(root, name.replace(/\W+/g, '-'));
    await mkdir(dir, { recursive: true });
    const before = report.failureCount;
    try {
      ran = (await run(dir)) || ran;
    } catch (error) {
      report.check(false, `${name}: ${(error as Error).message.split('\n')[0]}`);
      ran = true;
    }
    const failed = report.failureCount > before;
    report.add('checks');
    if (failed) report.add('failedChecks');
    if (!options.json) console.log(`  ${name}: ${failed ? 'FAIL' : 'done'}`);
  }
  return report.result(ran);
}

/** 100 creates, SIGKILL, restart, clean quit, damage the data file: the backup holds all 100. */
async function backupAfterReplay(dir: string, report: CaseReport, count: number): Promise<boolean> {
  let { host, client } = await startAndConnect(dir);
  await createContacts(client, count, 'Backed up');
  client.close();
  await host.kill();
  ({ host, client } = await startAndConnect(dir));
  client.close();
  await host.stop();
  await writeFile(join(dir, DATA_FILE), '{"this is": "not a Netwell data file');
  ({ host, client } = await startAndConnect(dir));
  const names = await contactNames(client);
  const notices = await noticeMessages(client);
  client.close();
  await host.stop();
  report.check(
    notices.some((m) => /backup/i.test(m)),
    `backup after replay: no notice says the data was restored from a backup (${JSON.stringify(notices)})`,
  );
  const kept = names.filter((n) => n.startsWith('Backed up ')).length;
  report.check(kept === count, `backup after replay: ${kept} of ${count} contacts restored`);
  return true;
}

/** A garbage first line in the journal: the notice about it is a whole sentence. */
async function garbageJournalLine(dir: string, report: CaseReport): Promise<boolean> {
  let { host, client } = await startAndConnect(dir);
  await createContacts(client, 5, 'Journal');
  client.close();
  // Killed, so the journal still holds those lines: the garbage is followed by good ones.
  await host.kill();
  const journal = join(dir, JOURNAL);
  const rest = existsSync(journal) ? await readFile(journal, 'utf8') : '';
  report.check(rest.trim() !== '', 'garbage journal line: the journal was empty after a crash');
  await writeFile(journal, `garbage that is not a journal entry\n${rest}`);
  ({ host, client } = await startAndConnect(dir));
  const notices = await noticeMessages(client);
  client.close();
  await host.stop();
  const about = notices.filter((m) => /journal|changes/i.test(m));
  report.check(about.length > 0, `garbage journal line: no notice (${JSON.stringify(notices)})`);
  for (const message of about)
    report.check(endsCleanly(message), `garbage journal line: notice cut short: "${message}"`);
  return true;
}

/** A damaged data file whose only backups are from a newer Netwell: refused, files untouched. */
async function newerBackupsOnly(dir: string, report: CaseReport): Promise<boolean> {
  const { host, client } = await startAndConnect(dir);
  await createContacts(client, 5, 'Newer');
  client.close();
  await host.stop();
  const backupsDir = join(dir, 'backups');
  const backups = existsSync(backupsDir) ? await readdir(backupsDir) : [];
  if (!report.check(backups.length > 0, 'newer backups only: a clean quit left no backup'))
    return true;
  for (const name of backups) {
    const file = join(backupsDir, name);
    const doc = JSON.parse(await readFile(file, 'utf8')) as { version: number };
    doc.version += 100;
    await writeFile(file, JSON.stringify(doc));
  }
  await writeFile(join(dir, DATA_FILE), '{ damaged');
  const before = await fingerprint(dir);
  const launch = await startPatiently(dir);
  if (launch.started) await launch.host.stop();
  const output = launch.started ? launch.host.output() : launch.output;
  report.check(
    !launch.started,
    'newer backups only: the host started (empty) instead of refusing the newer-format backups',
  );
  report.check(
    launch.started || /newer|update netwell/i.test(output),
    `newer backups only: the refusal does not say why: ${output.trim().slice(0, 300)}`,
  );
  const after = await fingerprint(dir);
  const changed = [...before].filter(([file, hash]) => after.get(file) !== hash).map(([f]) => f);
  report.check(changed.length === 0, `newer backups only: files changed: ${changed.join(', ')}`);
  return true;
}

/** The data folder on a read-only mount: one line in words, no raw EROFS. */
async function readOnlyFolder(dir: string, report: CaseReport): Promise<boolean> {
  if (!mountTmpfs(dir, 4096, report, 'read-only folder')) return false;
  try {
    const { host, client } = await startAndConnect(dir);
    await createContacts(client, 3, 'Read-only');
    client.close();
    await host.stop();
    if (!run('mount', ['-o', 'remount,ro', dir])) {
      report.skip('read-only folder: cannot remount read-only here');
      return false;
    }
    const launch = await startPatiently(dir);
    if (launch.started) await launch.host.stop();
    const output = launch.started ? launch.host.output() : launch.output;
    report.check(!/EROFS/.test(output), `read-only folder: raw error shown: ${firstLine(output)}`);
    report.check(!/^\s+at /m.test(output), 'read-only folder: a stack trace was printed');
    report.check(
      launch.started || /read-only|read only|cannot write|not writable/i.test(output),
      `read-only folder: the message does not say the folder is read-only: ${firstLine(output)}`,
    );
    return true;
  } finally {
    unmount(dir);
  }
}

/** A full disk: the write answers "disk is full", the host stays up, no *.compact.tmp after restart. */
async function fullDisk(dir: string, report: CaseReport): Promise<boolean> {
  if (!mountTmpfs(dir, 1024, report, 'full disk')) return false;
  const env = { NETWELL_STORE_COMPACT_LINES: '5' };
  try {
    let { host, client } = await startAndConnect(dir, { env });
    await createContacts(client, 5, 'Before full');
    const stats = statfsSync(dir);
    const free = stats.bavail * stats.bsize;
    await writeFile(join(dir, 'filler.bin'), Buffer.alloc(Math.max(0, free - 24 * 1024)));
    let refusal: { code: string; message: string } | null = null;
    let acknowledged = 0;
    for (let i = 0; i < 200 && !refusal; i++) {
      const outcome = await client.call(
        'contacts.create',
        { name: `Full disk ${i}`, notes: 'x'.repeat(4000) },
        10_000,
      );
      if (outcome.kind !== 'result') break;
      if (isResult(outcome.result) && outcome.result.ok) acknowledged++;
      else if (isResult(outcome.result) && !outcome.result.ok) refusal = outcome.result.error;
    }
    report.figures['fullDiskAcknowledged'] = acknowledged;
    report.check(refusal !== null, 'full disk: no write was refused (or the host died)');
    if (refusal) {
      report.check(
        /disk is full|no space|disk.{0,20}full/i.test(refusal.message),
        `full disk: the answer does not say the disk is full: ${refusal.code}: ${refusal.message}`,
      );
      report.check(refusal.code !== 'internal', 'full disk: answered as an internal error');
    }
    report.check(host.alive(), 'full disk: the host died');
    if (host.alive()) {
      const info = await client.call('app.info', undefined, 5000);
      report.check(info.kind === 'result', 'full disk: the host stopped answering');
      const notices = await noticeMessages(client).catch(() => []);
      report.check(
        notices.some((m) => /disk|space/i.test(m)),
        'full disk: no notice tells the user the disk is full',
      );
    }
    client.close();
    await host.kill();
    await rm(join(dir, 'filler.bin'), { force: true });
    ({ host, client } = await startAndConnect(dir, { env }));
    const names = await contactNames(client);
    client.close();
    await host.stop();
    const tmp = (await readdir(dir)).filter((f) => f.endsWith('.compact.tmp'));
    report.check(tmp.length === 0, `full disk: left after restart: ${tmp.join(', ')}`);
    const kept = names.filter((n) => n.startsWith('Full disk ')).length;
    report.check(
      kept >= acknowledged,
      `full disk: ${acknowledged - kept} acknowledged writes lost`,
    );
    return true;
  } finally {
    unmount(dir);
  }
}

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function mountTmpfs(dir: string, sizeKb: number, report: CaseReport, what: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    report.skip(`${what}: needs root on Linux to mount a tmpfs`);
    return false;
  }
  if (!run('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0700`, 'tmpfs', dir])) {
    report.skip(`${what}: mounting a tmpfs is not allowed here`);
    return false;
  }
  return true;
}

function unmount(dir: string): void {
  run('umount', [dir]);
}

const firstLine = (text: string) =>
  text
    .split('\n')
    .find((l) => l.trim())
    ?.slice(0, 200) ?? '(nothing printed)';

/** Every file under `dir` (but the lock) and a hash of its bytes. */
async function fingerprint(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.includes('.lock')) continue;
    const file = join(entry.parentPath, entry.name);
    out.set(
      file,
      createHash('sha1')
        .update(await readFile(file))
        .digest('hex'),
    );
  }
  return out;
}
