// `npm run torture [-- --quick] [--json] [--rounds N] [--seed N] [--only CASE] [--keep]`: builds if
// needed, then attacks and crashes the browser host on purpose (see tests/torture/main.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

const root = new URL('..', import.meta.url).pathname;
if (!buildIfStale({ quiet: process.argv.includes('--json') })) process.exit(1);
const result = spawnSync(
  process.execPath,
  [join(root, 'out', 'web', 'torture.js'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
