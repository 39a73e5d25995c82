/**
 * `npm run torture [-- --quick] [--json] [--rounds N] [--seed N] [--only CASE] [--keep]`: the
 * browser host attacked and crashed on purpose (issue #13). Prints a line per case and a table;
 * `--json` prints one JSON object of plain numbers. Exits non-zero on any loss, crash, hang or
 * failed check.
 */
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
        result = await run(join(root, key), options);
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
    if (!options.keep) await rm(root, { recursive: true, force: true }).catch(() => undefined);
  }
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const json = JSON.stringify(toJson(results, seconds));
  if (options.jsonOut) await writeFile(options.jsonOut, json);
  if (options.json) process.stdout.write(`${json}\n`);
  else printTable(results, seconds);
  return results.some((r) => r.status === 'fail') ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
