import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const DEFAULT_PORT = 5718;

export interface HostOptions {
  dataDir: string;
  port: number;
  testControls: boolean;
}

/** The folder Electron's app.getPath('userData') gives the desktop app, so both share data by default. */
export function defaultDataDir(
  env = process.env,
  platform = process.platform,
  home = homedir(),
): string {
  if (platform === 'win32')
    return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'Netwell');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Netwell');
  return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), 'Netwell');
}

export const USAGE = `Usage: npm run web -- [--data-dir DIR] [--port N] [--test-controls]
  --data-dir DIR     where the data lives (default: the desktop app's folder, ${defaultDataDir()})
  --port N           port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)
  --test-controls    for tests only: serve /__test__/state, /__test__/clock and /__test__/memory`;

/** Parses the command line; throws an Error with a one-line message on bad input. */
export function parseHostOptions(argv: string[]): HostOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'test-controls': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535 (got "${values.port}").`);
  }
  return {
    dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
    port,
    testControls: values['test-controls'],
  };
}
