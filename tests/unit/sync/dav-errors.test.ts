import { describe, expect, it } from 'vitest';
import { UserError } from '../../../electron/core/errors';
import {
  asUserError,
  DavError,
  networkFailure,
  statusFailure,
} from '../../../electron/core/sync/dav/dav-errors';

/** A failed request in the words Settings → Sync shows, and as the error a call answers with. */
const url = 'https://dav.example.org:8443/dav/ana/contacts/';

/** What undici's fetch throws when there is no answer: a TypeError whose cause has the code. */
const fetchFailed = (code: string, message = `connect ${code} 10.0.0.1:443`) =>
  new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });

describe('networkFailure', () => {
  it('reads a refused connection and an unknown host as offline, naming the host and code', () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET']) {
      const failure = networkFailure(fetchFailed(code), url);
      expect(failure).toBeInstanceOf(DavError);
      expect(failure.failure).toBe('offline');
      expect(failure.message).toContain('dav.example.org:8443');
      expect(failure.message).toContain(code);
      expect(failure.status).toBeUndefined();
    }
  });

  it('reads a certificate the computer does not trust as a TLS failure, not as offline', () => {
    for (const code of [
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'SELF_SIGNED_CERT_IN_CHAIN',
      'CERT_HAS_EXPIRED',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'ERR_TLS_CERT_ALTNAME_INVALID',
    ]) {
      const failure = networkFailure(fetchFailed(code), url);
      expect(failure.failure).toBe('tls');
      expect(failure.message).toContain(code);
      expect(failure.message).toContain('dav.example.org:8443');
    }
  });

  it('reads a timeout or an abort as offline', () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    const failure = networkFailure(timeout, url);
    expect(failure.failure).toBe('offline');
    expect(failure.message).toMatch(/did not answer in time/);
    const abort = new DOMException('This operation was aborted', 'AbortError');
    expect(networkFailure(abort, url).failure).toBe('offline');
  });

  it('reads anything else thrown (a string, a bare fetch failure) as offline, with a sentence', () => {
    expect(networkFailure('boom', url).failure).toBe('offline');
    expect(networkFailure(new TypeError('fetch failed'), url).message).toMatch(
      /cannot reach dav\.example\.org:8443/,
    );
    expect(networkFailure(undefined, url).failure).toBe('offline');
  });
});

describe('statusFailure', () => {
  it('maps each HTTP status to what it means for sync, keeping the status', () => {
    const cases: [number, DavError['failure'], RegExp][] = [
      [401, 'auth', /user name or password/],
      [403, 'forbidden', /does not allow the address book/],
      [404, 'not-found', /has no the address book/],
      [412, 'precondition', /changed on the server/],
      [500, 'server', /answered 500 to the address book/],
      [503, 'server', /answered 503/],
    ];
    for (const [status, failure, words] of cases) {
      const error = statusFailure(status, 'the address book');
      expect(error.failure).toBe(failure);
      expect(error.status).toBe(status);
      expect(error.message).toMatch(words);
    }
  });
});

describe('asUserError', () => {
  it('turns a refused sign-in or a forbidden request into "forbidden", the words kept', () => {
    for (const status of [401, 403]) {
      const dav = statusFailure(status, 'the calendar');
      const user = asUserError(dav);
      expect(user).toBeInstanceOf(UserError);
      expect(user).toMatchObject({ code: 'forbidden', message: dav.message });
    }
  });

  it('turns every other DavError into "unavailable", the words kept', () => {
    for (const dav of [
      statusFailure(404, 'the calendar'),
      statusFailure(412, 'Ana Lima'),
      statusFailure(500, 'the calendar'),
      networkFailure(fetchFailed('ECONNREFUSED'), url),
      networkFailure(fetchFailed('CERT_HAS_EXPIRED'), url),
      new DavError('not-dav', 'This is not a CardDAV server.'),
    ]) {
      expect(asUserError(dav)).toMatchObject({ code: 'unavailable', message: dav.message });
    }
  });

  it('passes anything that is not a DavError through unchanged', () => {
    const other = new Error('a bug');
    expect(asUserError(other)).toBe(other);
    const user = new UserError('invalid_input', 'No.');
    expect(asUserError(user)).toBe(user);
  });
});
