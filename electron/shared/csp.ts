/**
 * The renderer's Content-Security-Policy, sent as a header by both hosts (Electron's app:// protocol
 * handler and the web host). No inline script, no eval, nothing from other origins; `connect-src
 * 'self'` also admits the web host's same-origin WebSocket.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
