/**
 * Case 1: a stream of creates and updates over the socket, the host SIGKILLed at a random moment
 * (every third round the moment a compaction starts), restarted on the same folder, and every
 * acknowledged write checked. A restart refused because of the dead host's lock is a failure.
 */
import { randomUUID } from 'node:crypto';
import { watch } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CaseReport, type CaseResult } from './case-result';
import { launchHost, type RunningHost } from './host-process';
import type { TortureOptions } from './options';
import { contactRows } from './host-helpers';
import { connect, isResult, valueOf, type Client } from './socket-client';
import { mulberry32 } from '../bench/generate-dataset';

const COMPACT_LINES = 50;
const SEALED_SEGMENT = /\.journal\.\d{12}$/;
/** How long a restart after a crash may be refused before it counts as refused. */
const RESTART_PATIENCE_MS = 2000;

interface Written {
  /** Its name is unique: how an acknowledged create is found again. */
  name: string;
  id: string;
  /** The last acknowledged update's number (0: none); the stored one must be at least this. */
  version: number;
}

/**
 * Whether creates take a caller's request id (issue #13: a retry after a lost reply must not
 * duplicate). Sends one create twice with the same id: the second must return the first.
 */
async function probeIdempotentCreates(
  client: Client,
  report: CaseReport,
  written: Written[],
): Promise<boolean> {
  const input = { name: 'Torture idempotence probe', requestId: randomUUID() };
  const first = await client.call('contacts.create', input, 10_000);
  if (!(first.kind === 'result' && isResult(first.result) && first.result.ok)) {
    report.check(
      false,
      'contacts.create takes no requestId: a retry after a lost reply duplicates',
    );
    return false;
  }
  const again = valueOf('contacts.create', await client.call('contacts.create', input, 10_000));
  const same = (again as { id: string }).id === (first.result.value as { id: string }).id;
  report.check(same, 'contacts.create with the same requestId created a second contact');
  // Its one contact counts like any acknowledged write (and two would be a duplicate name).
  written.push({ name: input.name, id: (again as { id: string }).id, version: 0 });
  report.add('acknowledged');
  return same;
}

export async function runSigkillLoop(
  dataDir: string,
  options: TortureOptions,
): Promise<CaseResult> {
  const report = new CaseReport('sigkill loop');
  const next = mulberry32(options.seed);
  const written: Written[] = [];
  for (const figure of [
    'rounds',
    'acknowledged',
    'lost',
    'duplicates',
    'refused',
    'compactionKills',
  ])
    report.add(figure, 0);
  const env = { NETWELL_STORE_COMPACT_LINES: String(COMPACT_LINES) };

  const verify = async (client: Client, round: number) => {
    const listed = await contactRows(client);
    const byName = new Map(listed.map((c) => [c.name, c]));
    const ids = new Set(listed.map((c) => c.id));
    // Every name is written once (a retry carries its request id): two of one name is a duplicate.
    const duplicates = listed.length - Math.min(ids.size, byName.size);
    report.add('duplicates', duplicates);
    report.check(duplicates === 0, `round ${round}: ${duplicates} duplicate contacts`);
    let lost = 0;
    for (const w of written) {
      const found = byName.get(w.name);
      const stored = Number(/^v(\d+)$/.exec(found?.company ?? '')?.[1] ?? 0);
      if (!found || found.id !== w.id || stored < w.version) lost++;
    }
    report.add('lost', lost);
    report.check(
      lost === 0,
      `round ${round} (seed ${options.seed}): ${lost} acknowledged writes missing`,
    );
    const setAside = (await readdir(dataDir)).filter((f) => f.includes('unreadable'));
    report.check(setAside.length === 0, `round ${round}: files set aside: ${setAside.join(', ')}`);
    // A few by id too (contacts.get), the way a page opens a contact.
    for (const w of written.slice(-3)) {
      const got = await client.call('contacts.get', { id: w.id }, 10_000);
      report.check(
        got.kind === 'result' && isResult(got.result) && got.result.ok,
        `round ${round}: contacts.get ${w.id} did not find an acknowledged contact`,
      );
    }
  };

  /** Starts the host; a refusal (the dead host's lock) is counted, then cleared as a reboot would. */
  const start = async (round: number): Promise<RunningHost> => {
    const deadline = performance.now() + RESTART_PATIENCE_MS;
    let refused = false;
    for (;;) {
      const launch = await launchHost(dataDir, { env });
      if (launch.started) return launch.host;
      if (!/already using the data folder/.test(launch.output))
        throw new Error(`round ${round}: the host did not start:\n${launch.output}`);
      if (!refused && performance.now() > deadline) {
        refused = true;
        report.add('refused');
        const said = /Netwell web host: (.*)/.exec(launch.output)?.[1] ?? launch.output.trim();
        report.check(false, `round ${round}: restart after a crash refused: ${said.slice(0, 70)}…`);
        // Go on with the loop: clear the stale lock, as the old end-to-end test had to.
        await rm(join(dataDir, 'netwell.lock'), { recursive: true, force: true });
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  /** Creates sent with a request id whose answer the kill cut off: retried after the restart. */
  let unanswered: { name: string; requestId: string }[] = [];
  /** Retries them as a client would (same request id): each must create nothing new. */
  const retry = async (client: Client) => {
    for (const { name, requestId } of unanswered) {
      const outcome = await client.call('contacts.create', { name, tags: ['torture'], requestId });
      const result = outcome.kind === 'result' && isResult(outcome.result) ? outcome.result : null;
      if (!result?.ok) {
        report.check(false, `the retry of "${name}" failed: ${JSON.stringify(outcome)}`);
        continue;
      }
      written.push({ name, id: (result.value as { id: string }).id, version: 0 });
      report.add('retried');
    }
    unanswered = [];
  };
  let idempotent = false;

  for (let round = 0; round < options.rounds; round++) {
    const host = await start(round);
    const client = await connect(host);
    if (round === 0) idempotent = await probeIdempotentCreates(client, report, written);
    await retry(client);
    await verify(client, round);
    const duringCompaction = round % 3 === 2;
    const ownThisRound: Written[] = [];
    let stopped = false;
    let n = 0;
    let firstAck: () => void = () => {};
    const flowing = new Promise<void>((resolve) => (firstAck = resolve));
    const exited = host.exited.then(() => null);
    const busy = new Set<Written>();
    const writer = async () => {
      while (!stopped) {
        const candidate = ownThisRound[Math.floor(next() * ownThisRound.length)];
        if (candidate && next() < 0.3 && !busy.has(candidate)) {
          busy.add(candidate);
          const version = candidate.version + 1;
          const outcome = await Promise.race([
            client.call('contacts.update', { id: candidate.id, draft: { company: `v${version}` } }),
            exited,
          ]);
          busy.delete(candidate);
          if (outcome?.kind !== 'result' || !isResult(outcome.result) || !outcome.result.ok) break;
          candidate.version = version;
          report.add('acknowledged');
          continue;
        }
        const name = `Torture round ${round} write ${n++}`;
        const requestId = idempotent ? randomUUID() : undefined;
        const outcome = await Promise.race([
          client.call('contacts.create', { name, tags: ['torture'], requestId }),
          exited,
        ]);
        if (outcome?.kind !== 'result' || !isResult(outcome.result) || !outcome.result.ok) {
          // Its answer was lost in the kill: it may or may not have been stored.
          if (requestId) unanswered.push({ name, requestId });
          break;
        }
        const w = { name, id: (outcome.result.value as { id: string }).id, version: 0 };
        written.push(w);
        ownThisRound.push(w);
        report.add('acknowledged');
        firstAck();
      }
    };
    const writers = Array.from({ length: options.writers }, writer);
    // Writes flowing (or the host gone, or no answer at all: the kill below ends the round).
    await Promise.race([flowing, exited, new Promise((r) => setTimeout(r, 30_000))]);
    if (duringCompaction) {
      // Kill the moment a compaction seals a journal segment (the worker is then folding it).
      const sealed = new Promise<boolean>((resolve) => {
        const watcher = watch(dataDir, (_event, file) => {
          if (file && SEALED_SEGMENT.test(file)) {
            watcher.close();
            resolve(true);
          }
        });
        setTimeout(() => {
          watcher.close();
          resolve(false);
        }, 15_000).unref();
      });
      if (await sealed) report.add('compactionKills');
    } else {
      await new Promise((r) => setTimeout(r, next() * (options.quick ? 150 : 1500)));
    }
    stopped = true;
    await host.kill();
    await Promise.all(writers);
    client.close();
    report.add('rounds');
    if (!options.json)
      console.log(`  round ${round + 1}: ${written.length} creates acknowledged so far`);
  }
  const host = await start(options.rounds);
  const client = await connect(host);
  await retry(client);
  await verify(client, options.rounds);
  client.close();
  await host.stop();
  report.check(report.figures['acknowledged']! > 0, 'no write was acknowledged at all');
  return report.result(true);
}
