import { UserError } from '../../errors';

/** Why a request to the server failed, in the words Settings → Sync shows. */
export type DavFailure =
  'auth' | 'offline' | 'tls' | 'not-dav' | 'precondition' | 'not-found' | 'forbidden' | 'server';

export class DavError extends Error {
  constructor(
    readonly failure: DavFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DavError';
  }
}

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|HOSTNAME|ALTNAME/i;
const OFFLINE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** A fetch that threw (no answer at all) as a DavError: offline, a TLS problem, or a timeout. */
export function networkFailure(error: unknown, url: string): DavError {
  const cause = error instanceof Error ? (error.cause ?? error) : error;
  const code =
    cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : String(cause);
  const host = new URL(url).host;
  if (TLS_CODES.test(code)) {
    return new DavError(
      'tls',
      `The secure connection to ${host} failed (${code}): the server's certificate is not one this computer trusts.`,
    );
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new DavError('offline', `${host} did not answer in time. Changes wait until it does.`);
  }
  if (OFFLINE_CODES.has(code) || /fetch failed/i.test(String(error))) {
    return new DavError(
      'offline',
      `Netwell cannot reach ${host} (${code === String(cause) ? 'no connection' : code}). Changes wait until it is back.`,
    );
  }
  return new DavError('offline', `Netwell cannot reach ${host}. Changes wait until it is back.`);
}

/** An HTTP answer that is not a success, as a DavError. */
export function statusFailure(status: number, what: string): DavError {
  if (status === 401)
    return new DavError(
      'auth',
      'The server refused the user name or password. If you use two-factor sign-in, make an app password.',
      status,
    );
  if (status === 403)
    return new DavError('forbidden', `The server does not allow ${what}.`, status);
  if (status === 404) return new DavError('not-found', `The server has no ${what}.`, status);
  if (status === 412)
    return new DavError('precondition', `${what} changed on the server meanwhile.`, status);
  return new DavError('server', `The server answered ${status} to ${what}.`, status);
}

/** A DavError as the UserError a call answers with. */
export function asUserError(error: unknown): unknown {
  if (!(error instanceof DavError)) return error;
  const code =
    error.failure === 'auth' || error.failure === 'forbidden' ? 'forbidden' : 'unavailable';
  return new UserError(code, error.message);
}
