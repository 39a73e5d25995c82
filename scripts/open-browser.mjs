// Opens the browser host's printed address (with its key) in the user's browser, for npm start's
// fallback. The pure parts are exported for tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ADDRESS = /^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/;

/** The full address, key included, from the host's output so far; null until the line is whole. */
export function listeningAddress(text) {
  const match =
    /Netwell web host listening on (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)\r?\n/.exec(text);
  return match ? match[1] : null;
}

/** A page that sends the browser on to `url`; null for anything but our own kind of address. */
export function launchPage(url) {
  if (!ADDRESS.test(url)) return null;
  return (
    `<!doctype html><html lang="en"><meta charset="utf-8">` +
    `<meta http-equiv="refresh" content="0;url=${url}"><title>Opening Netwell</title>` +
    `<p><a href="${url}">Open Netwell</a></p></html>\n`
  );
}

/**
 * Writes the launch page to a private folder (0700, the file 0600) and returns its path, so the key
 * never appears on a command line: another user can list every process's arguments (`ps`), but
 * cannot read this file. The same reason Jupyter opens a redirect file rather than its URL.
 */
export function writeLaunchFile(url, base = tmpdir()) {
  const page = launchPage(url);
  if (!page) return null;
  const dir = mkdtempSync(join(base, 'netwell-open-'));
  const file = join(dir, 'open.html');
  writeFileSync(file, page, { mode: 0o600 });
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The OS's own "open this file" command. The path is passed as one argument, never through a shell. */
export function browserCommand(file, platform = process.platform) {
  if (platform === 'darwin') return ['open', [file]];
  // Not cmd's "start", which would parse the path as shell text; only our own launch file.
  if (platform === 'win32') {
    if (!/^[A-Za-z]:\\[^"&|<>^%]*\\netwell-open-\w+\\open\.html$/.test(file)) return null;
    return ['rundll32', ['url.dll,FileProtocolHandler', file]];
  }
  return ['xdg-open', [file]];
}

/**
 * Opens `url` through a launch file; on failure says in one line to open it by hand. Never throws.
 * Returns a function that removes the launch file (call it when the host stops).
 */
export function openBrowser(url) {
  const byHand = () =>
    console.log(`Netwell: could not open a browser; open ${url} yourself (it carries the key).`);
  let launch = null;
  try {
    launch = writeLaunchFile(url);
  } catch {
    // No private temporary folder: fall through to "open it yourself".
  }
  const command = launch && browserCommand(launch.file);
  if (!command) {
    byHand();
    return () => launch?.remove();
  }
  try {
    const child = spawn(command[0], command[1], { stdio: 'ignore', detached: true });
    child.on('error', byHand);
    child.on('exit', (code) => {
      if (code) byHand();
    });
    child.unref();
  } catch {
    byHand();
  }
  return () => launch?.remove();
}
