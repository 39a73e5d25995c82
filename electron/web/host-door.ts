import type { ServerResponse } from 'node:http';
import { sessionCookie, type HttpDecision } from './host-access';
import { SECURITY_HEADERS } from './static-files';

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title>` +
  `<h1>${title}</h1><p>${text}</p></html>\n`;

const WELCOME = page(
  'Netwell needs its key',
  'Open the address the Netwell web host printed when it started, the one ending in ' +
    '<code>/?token=…</code>: that key lets this browser in, and no one else on this computer.',
);

const WRONG_KEY = page(
  'This key is not the right one',
  'Each start of the Netwell web host makes a new key. Open the address it printed when it last ' +
    'started (the one ending in <code>/?token=…</code>).',
);

/**
 * Answers a request the door does not simply let through (sign-in, the welcome page, refusals).
 * Returns true when it answered.
 */
export function answerDoor(decision: HttpDecision, token: string, res: ServerResponse): boolean {
  switch (decision.kind) {
    case 'allow':
      return false;
    case 'sign-in':
      // 303 to "/": the key leaves the address bar and the history; the cookie carries it now.
      res
        .writeHead(303, {
          Location: '/',
          'Set-Cookie': sessionCookie(token),
          'Cache-Control': 'no-store',
          ...SECURITY_HEADERS,
        })
        .end();
      return true;
    case 'welcome':
      res
        .writeHead(401, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
          'WWW-Authenticate': 'Bearer realm="Netwell"',
          ...SECURITY_HEADERS,
        })
        .end(decision.wrongKey ? WRONG_KEY : WELCOME);
      return true;
    case 'refuse':
      res
        .writeHead(decision.status, {
          'Content-Type': 'text/plain; charset=utf-8',
          'Cache-Control': 'no-store',
          ...(decision.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="Netwell"' } : {}),
          ...SECURITY_HEADERS,
        })
        .end(decision.text);
      return true;
  }
}
