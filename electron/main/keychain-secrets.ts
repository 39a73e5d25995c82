import { safeStorage } from 'electron';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { SecretsPort } from '../core/ports';

/** Encrypted secrets beside the data: only the OS keychain's key can read them. */
export const SECRETS_FILE = 'sync-secrets.json';

/**
 * The sync password through Electron's safeStorage: encrypted with a key the OS keychain keeps
 * (libsecret or kwallet, macOS Keychain, DPAPI), the ciphertext in `sync-secrets.json` (0600).
 * On Linux without a keychain safeStorage falls back to a fixed key ("basic_text"): that is no
 * protection, so the password is then kept in memory only, and Settings says so.
 */
export function keychainSecrets(dataDir: string, platform: NodeJS.Platform): SecretsPort {
  const usable =
    safeStorage.isEncryptionAvailable() &&
    (platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text');
  const memory = new Map<string, string>();
  if (!usable) {
    return {
      kind: 'memory',
      get: (key) => Promise.resolve(memory.get(key) ?? null),
      set: (key, value) => Promise.resolve(void memory.set(key, value)),
      delete: (key) => Promise.resolve(void memory.delete(key)),
    };
  }
  const file = join(dataDir, SECRETS_FILE);
  const readAll = async (): Promise<Record<string, string>> => {
    try {
      const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  const writeAll = async (all: Record<string, string>) => {
    if (Object.keys(all).length === 0) await rm(file, { force: true });
    else await writeFileAtomic(file, JSON.stringify(all), { mode: 0o600, fsync: true });
  };
  return {
    kind: 'keychain',
    async get(key) {
      const sealed = (await readAll())[key];
      if (typeof sealed !== 'string') return null;
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        // The keychain's key changed (another user, a reset keyring): ask for the password again.
        return null;
      }
    },
    async set(key, value) {
      const all = await readAll();
      all[key] = safeStorage.encryptString(value).toString('base64');
      await writeAll(all);
    },
    async delete(key) {
      const all = await readAll();
      delete all[key];
      await writeAll(all);
    },
  };
}
