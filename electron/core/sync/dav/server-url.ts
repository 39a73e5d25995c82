export { checkServerUrl, type ServerUrlCheck } from '../../../shared/sync-server-url';

/** A collection or item URL from the server is followed only on the account's own origin. */
export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
