/**
 * Checks the built main and preload bundles (after `npx electron-vite build`; skipped before). A
 * sandboxed preload can only require a few built-in modules, so it must be one self-contained
 * CommonJS file; the main bundle may import only Node built-ins, electron and our dependencies
 * (electron-builder packs exactly those).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const preload = join(root, 'out', 'preload', 'index.cjs');
const main = join(root, 'out', 'main', 'index.js');

describe.skipIf(!existsSync(preload) || !existsSync(main))('the build output', () => {
  it('the preload is one CommonJS file that requires only electron', () => {
    const code = readFileSync(preload, 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/^\s*import\s|\bimport\(/m);
  });

  it('the main bundle imports only Node built-ins, electron and runtime dependencies', () => {
    const code = readFileSync(main, 'utf8');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const imported = [
      ...code.matchAll(/\bfrom\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g),
    ].map((m) => m[1] ?? m[2] ?? '');
    const packageOf = (spec: string) =>
      spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);
    const strays = imported
      .filter((spec) => !spec.startsWith('node:') && spec !== 'electron' && !spec.startsWith('.'))
      .filter((spec) => !Object.hasOwn(pkg.dependencies, packageOf(spec)));
    expect(strays).toEqual([]);
  });
});
