import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { resolveStaticPath } from '../core/serve/resolve-static-path';
import { APP_HOST, APP_SCHEME } from './app-url';
import { contentTypeOf } from './content-type';

/**
 * Declares `app:` a standard, secure scheme (so it gets a real origin, fetch and the secure-context
 * APIs) before the app is ready, as Electron requires. Serving files from a custom protocol instead
 * of file:// keeps the page from reading the disk (Electron security checklist item 18).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const baseHeaders = (): Record<string, string> => ({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
});

const plain = (status: number, text: string): Response =>
  new Response(text, {
    status,
    headers: { ...baseHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });

async function readIfFile(file: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    return null;
  }
}

/**
 * Answers one app:// request from the files under `root` (out/renderer), with the CSP header on
 * every response. An extension-less path that is not a file falls back to index.html (client-side
 * routes survive a reload).
 */
export async function respondFromRoot(root: string, request: Request): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(400, 'Bad request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return plain(405, 'Method not allowed');

  // The same guarded door as the web host's file server: nothing outside `root`.
  const file = resolveStaticPath(root, url.pathname);
  if (!file) return plain(404, 'Not found');
  let served = file;
  let body = await readIfFile(file);
  const lastSegment = url.pathname.split('/').pop() ?? '';
  if (!body && !lastSegment.includes('.')) {
    served = resolveStaticPath(root, '/index.html') ?? file;
    body = await readIfFile(served);
  }
  if (!body) return plain(404, 'Not found');
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: { ...baseHeaders(), 'Content-Type': contentTypeOf(served) },
  });
}

/** Serves app://netwell/* from `root`. Call once the app is ready. */
export function serveAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, (request) => respondFromRoot(root, request));
}
