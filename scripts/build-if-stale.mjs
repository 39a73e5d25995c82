// Builds the app (main, preload, renderer and the web host) unless out/ is newer than every source.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'out', '.build-stamp');
const sources = [
  'electron',
  'renderer',
  'resources',
  'tests/bench',
  'tests/torture',
  'tests/fixtures',
  'package.json',
  'electron.vite.config.ts',
  'vite.web.config.ts',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function buildIfStale({ quiet = false } = {}) {
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  if (built > Math.max(...sources.map((s) => newest(join(root, s))))) return true;
  if (!quiet) console.log('Netwell: building the app (first run or sources changed)...');
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    stdio: quiet ? 'pipe' : ['ignore', 'ignore', 'inherit'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(
      `Netwell: the build failed.${quiet ? `\n${result.stdout}\n${result.stderr}` : ''}`,
    );
    return false;
  }
  writeFileSync(stamp, new Date().toISOString());
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(buildIfStale() ? 0 : 1);
}
