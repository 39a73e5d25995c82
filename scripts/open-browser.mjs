// Opens the browser host's printed address (with its key) in the user's browser, for npm start's
// fallback. The pure parts are exported for tests.
import { spawn } from 'node:child_process';

/** The full address, key included, from the host's output so far; null until the line is whole. */
export function listeningAddress(text) {
  const match =
    /Netwell web host listening on (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)\r?\n/.exec(text);
  return match ? match[1] : null;
}

/** The OS's own "open this URL" command. The URL is passed as one argument, never through a shell. */
export function browserCommand(url, platform = process.platform) {
  if (platform === 'darwin') return ['open', [url]];
  // Not cmd's "start", which would parse the URL as shell text; only our own kind of address.
  if (platform === 'win32') {
    if (!/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/.test(url)) return null;
    return ['rundll32', ['url.dll,FileProtocolHandler', url]];
  }
  return ['xdg-open', [url]];
}

/** Opens `url`; on failure says in one line to open it by hand. Never throws. */
export function openBrowser(url) {
  const command = browserCommand(url);
  const byHand = () =>
    console.log(`Netwell: could not open a browser; open ${url} yourself (it carries the key).`);
  if (!command) return byHand();
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
}
