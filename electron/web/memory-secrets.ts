import type { SecretsPort } from '../core/ports';

/** Secrets kept for this run only: the browser host's, and the desktop app's without a keychain. */
export function memorySecrets(): SecretsPort {
  const values = new Map<string, string>();
  return {
    kind: 'memory',
    get: (key) => Promise.resolve(values.get(key) ?? null),
    set: (key, value) => {
      values.set(key, value);
      return Promise.resolve();
    },
    delete: (key) => {
      values.delete(key);
      return Promise.resolve();
    },
  };
}
