import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g,
    ),
  ].map((m) => m[1] ?? m[2]!);

const NODE_BUILTINS =
  /^(node:|fs$|path$|os$|child_process$|http$|net$|crypto$|url$|util$|stream$|events$)/;

describe('layering', () => {
  it('no module under the core or shared imports electron', () => {
    for (const file of [...files('electron/core'), ...files('electron/shared')]) {
      expect(
        importsOf(file).filter((i) => i === 'electron' || i.startsWith('electron/')),
        file,
      ).toEqual([]);
    }
  });

  it('shared code imports neither Node nor electron (it runs in the renderer too)', () => {
    for (const file of files('electron/shared')) {
      expect(
        importsOf(file).filter((i) => NODE_BUILTINS.test(i) || i === 'electron'),
        file,
      ).toEqual([]);
    }
  });

  it('the renderer imports nothing from Node, electron, the core or the hosts', () => {
    for (const file of files('renderer/src')) {
      const bad = importsOf(file).filter(
        (i) =>
          NODE_BUILTINS.test(i) ||
          i === 'electron' ||
          /electron\/(core|main|preload|web)\//.test(i),
      );
      expect(bad, file).toEqual([]);
    }
  });

  it('only the hosts reach the composition root (core/app), and only for createCore', () => {
    const intoApp = (file: string) =>
      importsOf(file)
        .filter((i) => i.startsWith('.'))
        .map((i) => join(dirname(file), i))
        .filter((target) => target.startsWith(join('electron', 'core', 'app')));
    const core = files('electron/core').filter(
      (f) => !f.startsWith(join('electron', 'core', 'app')),
    );
    for (const file of core) expect(intoApp(file), file).toEqual([]);
    for (const file of [...files('electron/main'), ...files('electron/web')]) {
      const other = intoApp(file).filter(
        (t) => t !== join('electron', 'core', 'app', 'create-core'),
      );
      expect(other, file).toEqual([]);
    }
  });
});
