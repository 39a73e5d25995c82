import type { Session } from 'electron';
import { denyAllPermissions } from '../security';
import { browserUserAgent } from './site-policy';

type BeforeRequest = Parameters<Session['webRequest']['onBeforeRequest']>[0];

/** While the workspace is locked, every request a site's session makes is cancelled. */
const cancelEveryRequest: Exclude<BeforeRequest, null> = (_details, callback) =>
  callback({ cancel: true });

/**
 * Readies a site's session once, when it is first used: no permissions (camera, microphone,
 * location, notifications, devices...), a browser's user agent, and the current lock.
 */
export function prepareSiteSession(session: Session, open: boolean): void {
  denyAllPermissions(session);
  session.setUserAgent(browserUserAgent(session.getUserAgent()));
  setSiteSessionAccess(session, open);
}

/**
 * Locks or unlocks a site's session. Locked, an onBeforeRequest listener cancels every request
 * (page loads, XHR/fetch, WebSocket handshakes, ses.fetch) with net::ERR_BLOCKED_BY_CLIENT. Open,
 * the listener is removed rather than made to answer "go on": a listener puts a round trip through
 * the main process in front of every request the site makes.
 */
export function setSiteSessionAccess(session: Session, open: boolean): void {
  session.webRequest.onBeforeRequest(open ? null : cancelEveryRequest);
}
