import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { keychainSecrets, SECRETS_FILE } from '../../electron/main/keychain-secrets';
import { tempDir } from '../unit/temp-dir';
import { resetFakeElectron, safeStorage } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

/** The sync password through safeStorage: sealed on disk with the keychain's key, or memory only. */
const key = 'sync:ana@https://dav.example.org/';
const password = 'correct horse battery staple';

beforeEach(() => {
  resetFakeElectron();
});

/** Every file under `dir`, as text. */
const everything = (dir: string) =>
  readdirSync(dir)
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');

describe('keychainSecrets with a keychain', () => {
  it('keeps, gives back and forgets a password', async () => {
    const dir = tempDir();
    const secrets = keychainSecrets(dir, 'linux');
    expect(secrets.kind).toBe('keychain');
    expect(await secrets.get(key)).toBeNull();
    await secrets.set(key, password);
    expect(await secrets.get(key)).toBe(password);
    // A new instance (the next start) reads it from the file.
    expect(await keychainSecrets(dir, 'linux').get(key)).toBe(password);
    await secrets.set('sync:bruno@https://other.example.org/', 'another');
    await secrets.delete(key);
    expect(await secrets.get(key)).toBeNull();
    expect(await secrets.get('sync:bruno@https://other.example.org/')).toBe('another');
    await secrets.delete('sync:bruno@https://other.example.org/');
    // Nothing left to keep: the file goes.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes only ciphertext, to a file only the user can read', async () => {
    const dir = tempDir();
    await keychainSecrets(dir, 'linux').set(key, password);
    const file = join(dir, SECRETS_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(everything(dir)).not.toContain(password);
    expect(everything(dir)).not.toContain(Buffer.from(password).toString('base64'));
    // The entry is what safeStorage sealed, nothing else.
    const stored = JSON.parse(text) as Record<string, string>;
    expect(Buffer.from(stored[key]!, 'base64')).toEqual(safeStorage.encryptString(password));
  });

  it('asks again (null, no throw) when the ciphertext no longer opens', async () => {
    const dir = tempDir();
    const secrets = keychainSecrets(dir, 'linux');
    await secrets.set(key, password);
    // The keyring was reset: the same file, sealed with a key this keychain no longer has.
    writeFileSync(
      join(dir, SECRETS_FILE),
      JSON.stringify({ [key]: Buffer.from('sealed by another key').toString('base64') }),
    );
    await expect(secrets.get(key)).resolves.toBeNull();
    // A damaged file reads as nothing kept, and the next set writes a good one.
    writeFileSync(join(dir, SECRETS_FILE), '{"sync:ana@');
    await expect(secrets.get(key)).resolves.toBeNull();
    await secrets.set(key, password);
    expect(await secrets.get(key)).toBe(password);
  });

  it("trusts the basic_text backend on macOS and Windows, where it is not Linux's fixed key", () => {
    safeStorage.backend = 'basic_text';
    expect(keychainSecrets(tempDir(), 'darwin').kind).toBe('keychain');
    expect(keychainSecrets(tempDir(), 'win32').kind).toBe('keychain');
  });
});

describe('keychainSecrets without a keychain', () => {
  it.each([
    ['Linux with the fixed "basic_text" key', () => (safeStorage.backend = 'basic_text')],
    ['no encryption at all', () => (safeStorage.available = false)],
  ])('keeps the password in memory only on %s, and writes nothing', async (_, setUp) => {
    setUp();
    const dir = tempDir();
    const secrets = keychainSecrets(dir, 'linux');
    expect(secrets.kind).toBe('memory');
    await secrets.set(key, password);
    expect(await secrets.get(key)).toBe(password);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, SECRETS_FILE))).toBe(false);
    // The next start has no password: Settings asks for it again.
    expect(await keychainSecrets(dir, 'linux').get(key)).toBeNull();
    await secrets.delete(key);
    expect(await secrets.get(key)).toBeNull();
  });
});
