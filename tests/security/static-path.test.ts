/**
 * Exploit-regression table for the renderer file server's path resolver
 * (electron/core/serve/resolve-static-path.ts), the one door behind both the app:// protocol
 * handler (electron/main/app-protocol.ts) and the web host's static files.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../electron/core/serve/resolve-static-path';
import { contentTypeOf } from '../../electron/main/content-type';
import { isTrustedPageUrl } from '../../electron/main/app-url';

const root = resolve('/app/out/renderer');
const inRoot = (...parts: string[]) => join(root, ...parts);

describe('resolveStaticPath', () => {
  it.each([
    ['/', inRoot('index.html')],
    ['/index.html', inRoot('index.html')],
    ['/assets/index-abc123.js', inRoot('assets', 'index-abc123.js')],
    ['/assets/a%20b.css', inRoot('assets', 'a b.css')],
    ['//assets//x.js', inRoot('assets', 'x.js')],
    ['/index.html?v=1#top', inRoot('index.html')],
    ['/etc/passwd', inRoot('etc', 'passwd')], // an "absolute" URL path stays under the root
    ['/%252e%252e/x', inRoot('%2e%2e', 'x')], // decoded once: a literal file name
  ])('serves %j from %s', (urlPath, expected) => {
    expect(resolveStaticPath(root, urlPath)).toBe(expected);
  });

  it.each([
    ['parent directory', '/../secret.txt'],
    ['parent directory, deeper', '/assets/../../secret.txt'],
    ['parent directory, no leading slash', '../secret.txt'],
    ['bare parent', '..'],
    ['dot segment', '/./index.html'],
    ['only a dot segment', '/./'],
    ['encoded dots', '/%2e%2e/secret.txt'],
    ['encoded dots, upper case', '/%2E%2E/secret.txt'],
    ['half-encoded dots', '/.%2e/secret.txt'],
    ['encoded slash', '/..%2fsecret.txt'],
    ['encoded slash, upper case', '/assets%2F..%2F..%2Fsecret.txt'],
    ['encoded slash alone', '/assets%2fx.js'],
    ['encoded backslash', '/..%5csecret.txt'],
    ['raw backslash', '/..\\secret.txt'],
    ['NUL', '/index.html\u0000.png'],
    ['encoded NUL', '/index.html%00.png'],
    ['broken escape', '/%E0%A4%A'],
    ['relative path', 'index.html'],
  ])('refuses %s: %j', (_label, urlPath) => {
    expect(resolveStaticPath(root, urlPath)).toBeNull();
  });

  it('never returns a path outside the root, whatever the input', () => {
    const nasty = [
      '/..',
      '/../..',
      '/%2e%2e%2f',
      '/a/../../b',
      '/%c0%ae%c0%ae/',
      '/\u2025/',
      '/..;/x',
    ];
    for (const urlPath of nasty) {
      const file = resolveStaticPath(root, urlPath);
      if (file !== null) expect(file.startsWith(root + (root.endsWith('/') ? '' : '/'))).toBe(true);
    }
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.woff2', 'font/woff2'],
    ['noext', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});

describe('isTrustedPageUrl (IPC senders and navigation)', () => {
  it.each([
    ['app://netwell/index.html', undefined, true],
    ['app://netwell/', undefined, true],
    ['app://netwell.evil/index.html', undefined, false],
    ['app://evil/index.html', undefined, false],
    ['app://user@netwell/index.html', undefined, false],
    ['file:///app/out/renderer/index.html', undefined, false],
    ['https://netwell/index.html', undefined, false],
    ['http://localhost:5173/', undefined, false],
    ['http://localhost:5173/', 'http://localhost:5173', true],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['https://localhost:5173/', 'http://localhost:5173', false],
    ['not a url', undefined, false],
  ])('%s (dev server %s) is trusted: %s', (url, dev, trusted) => {
    expect(isTrustedPageUrl(url, dev)).toBe(trusted);
  });
});
