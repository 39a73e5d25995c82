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
  it('shared code imports only shared code, and the core imports no host', () => {
    const targets = (file: string) =>
      importsOf(file)
        .filter((i) => i.startsWith('.'))
        .map((i) => join(dirname(file), i));
    for (const file of files('electron/shared')) {
      expect(
        targets(file).filter((t) => !t.startsWith(join('electron', 'shared'))),
        file,
      ).toEqual([]);
    }
    for (const file of files('electron/core')) {
      expect(
        targets(file).filter((t) => /^electron[\\/](main|web|preload)[\\/]/.test(t)),
        file,
      ).toEqual([]);
    }
  });

  it('the hosts take only createCore and Core from the composition root (ports from core/ports.ts)', () => {
    for (const file of [...files('electron/main'), ...files('electron/web')]) {
      const source = readFileSync(file, 'utf8');
      for (const [, names, from] of source.matchAll(
        /import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+['"]([^'"]+)['"]/g,
      )) {
        if (!join(dirname(file), from!).startsWith(join('electron', 'core', 'app'))) continue;
        const taken = names!
          .split(',')
          .map((n) => n.replace(/^\s*type\s+/, '').trim())
          .filter(Boolean);
        expect(
          taken.filter((n) => n !== 'createCore' && n !== 'Core'),
          file,
        ).toEqual([]);
      }
    }
  });
});
