// `npm start [-- --data-dir DIR] [-- --port N]`: runs the desktop app. If the Electron binary is
// missing it tries Electron's own installer once (quietly); if that fails too (offline), it says so
// in one line, starts the browser host (scripts/web.mjs) with the same arguments instead and opens
// the address it prints (which carries this run's key) in the user's browser.
// Never a stack trace: every failure is one line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';
import { listeningAddress, openBrowser } from './open-browser.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const electronDir = join(root, 'node_modules', 'electron');

/** The binary node_modules/electron/index.js would return, found without requiring it (that downloads). */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? join(override, relative || 'electron')
    : join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/** Electron's own installer (what `npm run electron:install` runs), its output captured. */
function installElectron() {
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    stdio: 'pipe',
    timeout: 5 * 60_000,
  });
  return result.status === 0 && electronBinary() !== null;
}

/** `--name value` or `--name=value` from the arguments, or undefined. */
function option(name) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) return args[i + 1];
    if (args[i]?.startsWith(`--${name}=`)) return args[i].slice(name.length + 3);
  }
  return undefined;
}

/** Runs `command`, passing signals through and exiting with its code. */
function runInPlace(command, commandArgs, { env = process.env, stdout = 'inherit' } = {}) {
  const child = spawn(command, commandArgs, {
    cwd: root,
    stdio: ['inherit', stdout, 'inherit'],
    env,
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`Netwell: could not start ${command} (${error.message}).`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

function startDesktop(binary) {
  if (!buildIfStale()) process.exit(1);
  // The desktop app reads its data folder from NETWELL_DATA_DIR (honoured when not packaged).
  const dataDir = option('data-dir');
  const env = dataDir ? { ...process.env, NETWELL_DATA_DIR: resolve(dataDir) } : process.env;
  const passThrough = args.filter((arg, i) => {
    if (arg === '--data-dir' || arg.startsWith('--data-dir=')) return false;
    return args[i - 1] !== '--data-dir';
  });
  runInPlace(binary, [root, ...passThrough], { env });
}

function startBrowserHost() {
  // 5718 is the web host's default port (electron/web/host-options.ts); 0 lets it pick one.
  const port = option('port') ?? '5718';
  const where = port === '0' ? 'on a free port' : `on port ${port}`;
  console.log(
    `Netwell: the Electron binary could not be downloaded (offline?); starting the browser host instead ${where}`,
  );
  const child = runInPlace(process.execPath, [join(root, 'scripts', 'web.mjs'), ...args], {
    stdout: 'pipe',
  });
  // The host's output goes on to the terminal; its listening line's address is opened once.
  let seen = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (seen === null) return;
    seen += chunk.toString();
    const address = listeningAddress(seen);
    if (address) {
      seen = null;
      const removeLaunchFile = openBrowser(address);
      child.on('exit', removeLaunchFile);
    }
  });
}

try {
  const binary = electronBinary() ?? (installElectron() ? electronBinary() : null);
  if (binary) startDesktop(binary);
  else startBrowserHost();
} catch (error) {
  console.error(
    `Netwell: could not start (${error instanceof Error ? error.message : String(error)}).`,
  );
  process.exit(1);
}
