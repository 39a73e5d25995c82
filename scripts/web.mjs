// `npm run web -- [--data-dir DIR] [--port N] [--test-controls]`: builds if needed, then runs the
// browser host in this process's place (signals and exit code pass straight through). The host
// prints the address to open, `http://127.0.0.1:PORT/?token=KEY`: the key is new on each start.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

const root = new URL('..', import.meta.url).pathname;
if (!buildIfStale()) process.exit(1);
const child = spawn(
  process.execPath,
  [join(root, 'out', 'web', 'host.js'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
