/**
 * `npm run torture [-- --quick] [--json] [--json-out FILE] [--rounds N] [--seed N] [--only CASE]
 * [--keep]`; also --writers, --fuzz (inputs per call), --hang-ms, --max-rss-mb.
 */
export interface TortureOptions {
  quick: boolean;
  json: boolean;
  /** Also writes the --json object to this file (for `npm test`'s totals). */
  jsonOut: string | null;
  /** SIGKILL rounds. */
  rounds: number;
  /** Creates in flight at once in the SIGKILL loop. */
  writers: number;
  /** Fuzzed inputs per call, of each kind (valid, boundary, hostile). */
  fuzzPerCall: number;
  /** An answer slower than this (plus a second per MB of input) is a hang. */
  hangMs: number;
  /** The host's resident memory must stay under this. */
  maxRssMb: number;
  seed: number;
  only: string | null;
  /** Keep the data folders (under the system temp folder) to look at after a failure. */
  keep: boolean;
}

export function parseOptions(argv: string[]): TortureOptions {
  const value = (flag: string): string | null => {
    const at = argv.indexOf(flag);
    return at >= 0 && at + 1 < argv.length ? argv[at + 1]! : null;
  };
  const number = (flag: string, fallback: number) => {
    const text = value(flag);
    const n = text === null ? NaN : Number(text);
    return Number.isFinite(n) ? n : fallback;
  };
  const quick = argv.includes('--quick');
  return {
    quick,
    json: argv.includes('--json'),
    jsonOut: value('--json-out'),
    rounds: number('--rounds', quick ? 8 : 20),
    writers: number('--writers', 4),
    fuzzPerCall: number('--fuzz', quick ? 3 : 25),
    hangMs: number('--hang-ms', 2000),
    maxRssMb: number('--max-rss-mb', 500),
    seed: number('--seed', Date.now() % 1_000_000),
    only: value('--only'),
    keep: argv.includes('--keep'),
  };
}
