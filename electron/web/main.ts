/**
 * Entry point of the browser host: `node out/web/host.js [--data-dir DIR] [--port N] [--test-controls]`
 * (or `npm run web -- ...`). Prints one line when ready; errors are one readable line, never a stack.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../core/errors';
import { parseHostOptions, USAGE } from './host-options';
import { startWebHost } from './web-host';

const here = dirname(fileURLToPath(import.meta.url));
const appRoot = join(here, '..', '..');

async function main(): Promise<void> {
  let options;
  try {
    options = parseHostOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`Netwell web host: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const version = (
    JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string }
  ).version;
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    // A close that never finishes must not keep the process (and its data folder's lock) alive:
    // every acknowledged change is already in the journal, which the next start replays.
    setTimeout(() => {
      console.error('Netwell web host: closing took over 15 s; exiting without waiting more.');
      process.exit(code === 0 ? 1 : code);
    }, 15_000).unref();
    await host.close().catch(() => undefined);
    process.exit(code);
  };
  const host = await startWebHost({
    ...options,
    rendererDir: join(appRoot, 'out', 'renderer'),
    version,
    onQuit: () => void stop(0),
  });
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  // The address carries the key: only whoever can read this line (the user who started it) gets in.
  console.log(`Netwell web host listening on ${host.url}/?token=${host.token}`);
  console.log(
    `Data folder: ${options.dataDir}${options.testControls ? ' (test controls on)' : ''}`,
  );
}

main().catch((error: unknown) => {
  const message =
    error instanceof UserError || error instanceof Error ? error.message : String(error);
  console.error(`Netwell web host: ${message}`);
  process.exit(1);
});
