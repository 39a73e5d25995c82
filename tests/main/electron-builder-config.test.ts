/** Both packaging configs are valid for electron-builder, and the release one keeps every fuse shut. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const schema = JSON.parse(
  readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

type Config = Record<string, unknown> & {
  electronFuses?: Record<string, boolean>;
  directories?: Record<string, string>;
  files?: string[];
  extends?: string;
};
const read = (file: string) => load(readFileSync(join(root, file), 'utf8')) as Config;

describe.each(['electron-builder.yml', 'electron-builder.test.yml'])('%s', (file) => {
  it('matches electron-builder’s own schema', () => {
    const valid = validate(read(file));
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe('the release config', () => {
  const config = read('electron-builder.yml');

  it('names the app and packs only the build output', () => {
    expect(config['appId']).toBe('app.netwell');
    expect(config['productName']).toBe('Netwell');
    expect(config.directories?.['buildResources']).toBe('resources');
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
  });

  it('targets AppImage and deb, dmg, and nsis', () => {
    expect(config['linux']).toMatchObject({
      target: ['AppImage', 'deb'],
      category: 'Network;Office',
    });
    expect(config['mac']).toMatchObject({ target: 'dmg' });
    expect(config['win']).toMatchObject({ target: 'nsis' });
  });

  it('flips every fuse to its safe position', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has the icons it points at', () => {
    for (const file of ['icon.png', 'icons/512x512.png', 'icons/256x256.png']) {
      expect(existsSync(join(root, 'resources', file)), file).toBe(true);
    }
    for (const state of ['off', 'upcoming', 'open', 'closing', 'paused']) {
      for (const suffix of ['', '@2x']) {
        expect(existsSync(join(root, 'resources', 'tray', `tray-${state}${suffix}.png`))).toBe(
          true,
        );
      }
    }
    expect(existsSync(join(root, 'resources', 'tray', 'trayTemplate.png'))).toBe(true);
    expect(existsSync(join(root, 'resources', 'tray', 'trayTemplate@2x.png'))).toBe(true);
  });
});

/** electron-builder's own loader, which resolves `extends` and merges the configs. */
async function loadMerged(file: string): Promise<Config> {
  const require = createRequire(import.meta.url);
  const { getConfig } = require('app-builder-lib/out/util/config/config.js') as {
    getConfig(dir: string, file: string, options: null, metadata: unknown): Promise<Config>;
  };
  const { Lazy } = require('lazy-val') as { Lazy: new (f: () => Promise<object>) => unknown };
  return getConfig(root, file, null, new Lazy(async () => ({})));
}

describe('the test config', () => {
  const release = read('electron-builder.yml');

  it('extends the release config and only re-enables --inspect for Playwright', async () => {
    const merged = await loadMerged('electron-builder.test.yml');
    expect(merged.electronFuses).toEqual({
      ...release.electronFuses,
      enableNodeCliInspectArguments: true,
    });
    expect(merged.directories).toEqual({ buildResources: 'resources', output: 'dist/test' });
    expect(merged['appId']).toBe('app.netwell');
    const { extends: _parent, ...rest } = merged;
    expect(validate(rest), JSON.stringify(validate.errors)).toBe(true);
  });
});
