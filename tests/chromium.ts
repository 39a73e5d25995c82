import { chromiumFlags } from '../electron/main/chromium-switches';

/** Debian's Chromium (apt-get install chromium); Playwright never downloads a browser here. */
export const CHROMIUM = process.env['NETWELL_CHROMIUM'] ?? '/usr/bin/chromium';

/**
 * How the end-to-end tests and the benchmark start it: quiet and sandbox-free for this machine,
 * plus the switches the desktop app starts its own Chromium with.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  ...chromiumFlags(),
];
