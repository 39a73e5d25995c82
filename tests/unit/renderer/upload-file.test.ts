import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { createApi, type NetwellApi } from '../../../electron/shared/api';
import { UPLOAD_CHUNK_BYTES } from '../../../electron/shared/file-limits';
import type { RestoreResult } from '../../../electron/shared/interchange-export';
import { coreAt } from '../core-harness';

// The page's helper, against the real core through the contract (as the web bridge drives it).
const bridge = vi.hoisted(() => ({ api: null as NetwellApi | null, calls: [] as string[] }));
vi.mock('../../../renderer/src/bridge/netwell', () => ({
  get netwell() {
    return bridge.api;
  },
}));
const { uploadFile, uploadingText } = await import('../../../renderer/src/lib/uploadFile');

async function connect() {
  const { core, call } = await coreAt();
  bridge.calls = [];
  bridge.api = createApi({
    invoke: (name, input) => {
      bridge.calls.push(name);
      return dispatch(core.handlers, name, input);
    },
    subscribe: () => () => {},
  });
  return { core, call };
}

afterEach(() => {
  bridge.api = null;
});

describe('uploadFile (the page side)', () => {
  it('sends a file in order, in pieces, reporting progress, and the restore consumes it', async () => {
    const { core, call } = await connect();
    await call('contacts.create', { name: 'Ana' });
    const backup = await call<{ text: string }>('backup.export');
    // Padded past three pieces with whitespace, which JSON ignores.
    const text = backup.text + ' '.repeat(3 * UPLOAD_CHUNK_BYTES);
    await call('contacts.create', { name: 'Ben' });
    const progress: number[] = [];
    const uploaded = await uploadFile(new File([text], 'backup.json'), 'restore', {
      onProgress: (sent, size) => {
        expect(size).toBe(text.length);
        progress.push(sent);
      },
    });
    expect(uploaded.ok).toBe(true);
    expect(progress).toEqual([0, ...[1, 2, 3].map((n) => n * UPLOAD_CHUNK_BYTES), text.length]);
    expect(bridge.calls).toEqual(['uploads.begin', ...Array(4).fill('uploads.chunk')]);
    const restored = await call<RestoreResult>('backup.restore', {
      uploadId: uploaded.ok ? uploaded.value : '',
    });
    expect(restored.contacts).toBe(1);
    expect(core.store.read().contacts.map((c) => c.name)).toEqual(['Ana']);
    await core.close();
  });

  it('refuses a file over the limit before sending anything', async () => {
    const { core } = await connect();
    const huge = new File([new Uint8Array(8)], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 200 * 1024 * 1024 });
    const result = await uploadFile(huge, 'restore');
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'huge.json is 200 MB; Netwell takes files up to 128 MB.' },
    });
    expect(bridge.calls).toEqual([]);
    await core.close();
  });

  it('stops on abort and tells the app to drop what it received', async () => {
    const { core } = await connect();
    const controller = new AbortController();
    const file = new File([new Uint8Array(3 * UPLOAD_CHUNK_BYTES)], 'a.csv');
    const result = await uploadFile(file, 'import', {
      signal: controller.signal,
      onProgress: (sent) => {
        if (sent >= UPLOAD_CHUNK_BYTES) controller.abort();
      },
    });
    expect(result).toMatchObject({ ok: false, error: { message: 'Upload cancelled.' } });
    expect(bridge.calls).toEqual(['uploads.begin', 'uploads.chunk', 'uploads.cancel']);
    await core.close();
  });

  it('says how far it is', () => {
    expect(uploadingText(0, 10)).toBe('Uploading 0%');
    expect(uploadingText(34, 100)).toBe('Uploading 34%');
    expect(uploadingText(100, 100)).toBe('Uploading 100%');
  });
});
