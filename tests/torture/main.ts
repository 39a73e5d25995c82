/**
 * `npm run torture [-- --quick] [--json] [--rounds N] [--seed N] [--only CASE] [--keep]`: the
 * browser host attacked and crashed on purpose (issue #13). Prints a line per case and a table;
 * `--json` prints one JSON object of plain numbers. Exits non-zero on any loss, crash, hang or
 * failed check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAccess } from './case-access';
import { runContractFuzz } from './case-contract-fuzz';
import { runCorruptionCases } from './case-corruption';
import { runFrameFuzz } from './case-frame-fuzz';
import type { CaseResult } from './case-result';
import { runSigkillLoop } from './case-sigkill-loop';
import { parseOptions, type TortureOptions } from './options';
import { printTable, toJson } from './summary';

type Case = (dir: string, options: TortureOptions) => Promise<CaseResult>;
const CASES: [string, Case][] = [
  ['sigkill', runSigkillLoop],
  ['corruption', runCorruptionCases],
  ['fuzz', runContractFuzz],
  ['frames', runFrameFuzz],
  ['access', runAccess],
];

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const log = (line: string) => {
    if (!options.json) console.log(line);
  };
  if (options.json) console.log = () => {};
  const root = await mkdtemp(join(tmpdir(), 'netwell-torture-'));
  log(`Torture run (seed ${options.seed}${options.quick ? ', quick' : ''}) in ${root}`);
  const started = performance.now();
  const results: CaseResult[] = [];
  try {
    for (const [key, run] of CASES) {
      if (options.only && options.only !== key) continue;
      const caseStarted = performance.now();
      log(`\n${key}:`);
      let result: CaseResult;
      try {
        result = await withinLimit(run(join(root, key), options), caseLimitMs(key, options));
      } catch (error) {
        result = {
          name: key,
          status: 'fail',
          notes: [`stopped: ${(error as Error).message.split('\n').slice(0, 3).join(' | ')}`],
          figures: {},
        };
      }
      result.figures['seconds'] = Math.round((performance.now() - caseStarted) / 100) / 10;
      results.push(result);
      log(`${result.status.toUpperCase()} ${result.name} (${result.figures['seconds']} s)`);
    }
  } finally {
    unmountUnder(root);
    if (!options.keep) await rm(root, { recursive: true, force: true }).catch(() => undefined);
  }
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const json = JSON.stringify(toJson(results, seconds));
  if (options.jsonOut) await writeFile(options.jsonOut, json);
  if (options.json) process.stdout.write(`${json}\n`);
  else printTable(results, seconds);
  return results.some((r) => r.status === 'fail') ? 1 : 0;
}

/** The corruption cases' tmpfs mounts, should a case have been cut short before its own unmount. */
function unmountUnder(root: string): void {
  const mounts = existsSync('/proc/mounts') ? readFileSync('/proc/mounts', 'utf8') : '';
  for (const line of mounts.split('\n')) {
    const point = line.split(' ')[1];
    if (point?.startsWith(`${root}/`)) spawnSync('umount', [point], { stdio: 'ignore' });
  }
}

/** A case that never ends is a hang of its own: fail it and go on (its hosts die at exit). */
function withinLimit<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish in ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** Generous: a loaded machine starts the host in seconds, and the SIGKILL loop starts it often. */
function caseLimitMs(key: string, options: TortureOptions): number {
  const base = options.quick ? 300_000 : 1_800_000;
  return key === 'sigkill' ? base + options.rounds * 20_000 : base;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
