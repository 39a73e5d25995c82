import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import {
  MAX_UPLOADS,
  UPLOAD_IDLE_MS,
  UploadRegistry,
} from '../../../electron/core/uploads/upload-registry';
import {
  MAX_FILE_BYTES,
  UPLOAD_CHUNK_BASE64,
  UPLOAD_CHUNK_BYTES,
} from '../../../electron/shared/file-limits';
import { calls } from '../../../electron/shared/contract';

function setup() {
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  let n = 0;
  const uploads = new UploadRegistry(clock, () => `u${++n}`);
  return { clock, uploads };
}

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('UploadRegistry', () => {
  it('puts the chunks together in order and hands the file over once', () => {
    const { uploads } = setup();
    const { uploadId } = uploads.begin({ name: 'a.json', size: 11, purpose: 'restore' });
    expect(uploads.chunk({ uploadId, index: 0, data: b64('hello ') })).toEqual({ received: 6 });
    expect(uploads.chunk({ uploadId, index: 1, data: b64('world') })).toEqual({ received: 11 });
    const file = uploads.take(uploadId, 'restore');
    expect(file.name).toBe('a.json');
    expect(file.bytes.toString('utf8')).toBe('hello world');
    expect(() => uploads.take(uploadId, 'restore')).toThrow(/no longer available/);
    expect(uploads.count).toBe(0);
  });

  it('refuses an empty file and one over the limit, naming the limit', () => {
    const { uploads } = setup();
    expect(() => uploads.begin({ name: 'e.csv', size: 0, purpose: 'import' })).toThrow(
      'e.csv is empty.',
    );
    expect(() =>
      uploads.begin({ name: 'big.json', size: MAX_FILE_BYTES + 1, purpose: 'restore' }),
    ).toThrow(`big.json is 128 MB; Netwell takes files up to 128 MB.`);
    expect(() =>
      uploads.begin({ name: 'huge.json', size: 300 * 1024 * 1024, purpose: 'restore' }),
    ).toThrow('huge.json is 300 MB; Netwell takes files up to 128 MB.');
    // Exactly the limit is accepted.
    expect(uploads.begin({ name: 'max.json', size: MAX_FILE_BYTES, purpose: 'restore' })).toEqual({
      uploadId: 'u1',
    });
  });

  it('refuses a chunk out of order, or past the declared size, and drops the upload', () => {
    const { uploads } = setup();
    const first = uploads.begin({ name: 'a.csv', size: 4, purpose: 'import' }).uploadId;
    expect(() => uploads.chunk({ uploadId: first, index: 1, data: b64('ab') })).toThrow(
      /out of order \(1, expected 0\)/,
    );
    expect(() => uploads.chunk({ uploadId: first, index: 0, data: b64('ab') })).toThrow(
      /no longer available/,
    );
    const second = uploads.begin({ name: 'b.csv', size: 4, purpose: 'import' }).uploadId;
    uploads.chunk({ uploadId: second, index: 0, data: b64('abc') });
    expect(() => uploads.chunk({ uploadId: second, index: 1, data: b64('de') })).toThrow(
      'b.csv is larger than it said it was.',
    );
    expect(uploads.count).toBe(0);
    expect(() => uploads.chunk({ uploadId: 'nope', index: 0, data: b64('a') })).toThrow(
      /no longer available/,
    );
  });

  it('hands over only a complete upload, and only for what it was sent for', () => {
    const { uploads } = setup();
    const { uploadId } = uploads.begin({ name: 'a.csv', size: 5, purpose: 'import' });
    uploads.chunk({ uploadId, index: 0, data: b64('abc') });
    expect(() => uploads.take(uploadId, 'import')).toThrow('a.csv has not fully arrived yet');
    uploads.chunk({ uploadId, index: 1, data: b64('de') });
    expect(() => uploads.take(uploadId, 'restore')).toThrow('a.csv was not sent for this.');
    expect(uploads.take(uploadId, 'import').bytes.toString()).toBe('abcde');
  });

  it('cancel drops the upload and what it received', () => {
    const { uploads } = setup();
    const { uploadId } = uploads.begin({ name: 'a.csv', size: 5, purpose: 'import' });
    uploads.chunk({ uploadId, index: 0, data: b64('abc') });
    uploads.cancel(uploadId);
    uploads.cancel('unknown');
    expect(uploads.count).toBe(0);
    expect(() => uploads.chunk({ uploadId, index: 1, data: b64('de') })).toThrow(
      /no longer available/,
    );
  });

  it(`holds at most ${MAX_UPLOADS} at once; a finished or cancelled one makes room`, () => {
    const { uploads } = setup();
    const ids = Array.from(
      { length: MAX_UPLOADS },
      () => uploads.begin({ name: 'a', size: 1, purpose: 'import' }).uploadId,
    );
    expect(() => uploads.begin({ name: 'b', size: 1, purpose: 'import' })).toThrow(
      /already receiving other files/,
    );
    uploads.cancel(ids[0]!);
    const next = uploads.begin({ name: 'b', size: 1, purpose: 'import' }).uploadId;
    uploads.chunk({ uploadId: next, index: 0, data: b64('x') });
    uploads.take(next, 'import');
    expect(uploads.begin({ name: 'c', size: 1, purpose: 'import' }).uploadId).toBeTruthy();
  });

  it('drops an upload idle for too long (by the injected clock), and frees its place', () => {
    const { uploads, clock } = setup();
    const idle = uploads.begin({ name: 'a', size: 2, purpose: 'import' }).uploadId;
    const busy = uploads.begin({ name: 'b', size: 3, purpose: 'import' }).uploadId;
    uploads.begin({ name: 'c', size: 1, purpose: 'import' });
    clock.advance(UPLOAD_IDLE_MS - 1000);
    uploads.chunk({ uploadId: busy, index: 0, data: b64('x') });
    clock.advance(1000);
    // "a" and "c" waited the whole time; "b" received a piece a second ago.
    expect(uploads.begin({ name: 'd', size: 1, purpose: 'import' }).uploadId).toBeTruthy();
    expect(uploads.count).toBe(2);
    expect(() => uploads.chunk({ uploadId: idle, index: 0, data: b64('x') })).toThrow(
      /no longer available/,
    );
    expect(uploads.chunk({ uploadId: busy, index: 1, data: b64('y') })).toEqual({ received: 2 });
  });
});

describe('the uploads contract', () => {
  const chunk = calls['uploads.chunk'].input;

  it('takes a full chunk, and nothing longer or not base64', () => {
    const full = Buffer.alloc(UPLOAD_CHUNK_BYTES, 7).toString('base64');
    expect(full.length).toBe(UPLOAD_CHUNK_BASE64);
    expect(chunk.safeParse({ uploadId: 'u', index: 0, data: full }).success).toBe(true);
    expect(chunk.safeParse({ uploadId: 'u', index: 0, data: `${full}AAAA` }).success).toBe(false);
    expect(chunk.safeParse({ uploadId: 'u', index: 0, data: 'not base64!' }).success).toBe(false);
    expect(chunk.safeParse({ uploadId: 'u', index: -1, data: 'AAAA' }).success).toBe(false);
  });

  it('a full chunk message is well under the 4 MiB socket payload the web host allows', () => {
    const message = JSON.stringify({
      type: 'call',
      id: 1,
      name: 'uploads.chunk',
      input: {
        uploadId: globalThis.crypto.randomUUID(),
        index: 127,
        data: 'A'.repeat(UPLOAD_CHUNK_BASE64),
      },
    });
    expect(message.length).toBeLessThan(2 * 1024 * 1024);
  });
});
