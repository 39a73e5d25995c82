import { describe, expect, it } from 'vitest';
import { memorySecrets } from '../../electron/web/memory-secrets';

/** The web host's secrets: this run only, so a restart asks for the sync password again. */
describe('memorySecrets', () => {
  it('keeps, gives back and forgets a value, and says it is memory only', async () => {
    const secrets = memorySecrets();
    expect(secrets.kind).toBe('memory');
    expect(await secrets.get('sync:ana@https://dav.example.org/')).toBeNull();
    await secrets.set('sync:ana@https://dav.example.org/', 'pw-1');
    await secrets.set('sync:ana@https://dav.example.org/', 'pw-2');
    expect(await secrets.get('sync:ana@https://dav.example.org/')).toBe('pw-2');
    await secrets.delete('sync:ana@https://dav.example.org/');
    await secrets.delete('sync:ana@https://dav.example.org/');
    expect(await secrets.get('sync:ana@https://dav.example.org/')).toBeNull();
  });

  it('shares nothing between two instances (a restart)', async () => {
    const before = memorySecrets();
    await before.set('key', 'secret');
    expect(await memorySecrets().get('key')).toBeNull();
  });
});
