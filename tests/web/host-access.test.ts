import { describe, expect, it } from 'vitest';
import {
  decideHttpAccess,
  decideSocketAccess,
  newToken,
  parseCookies,
  presentedToken,
  sessionCookie,
  tokenMatches,
  type RequestFacts,
} from '../../electron/web/host-access';

const token = newToken();
const port = 5718;
const own = `127.0.0.1:${port}`;

const request = (facts: Partial<RequestFacts>): RequestFacts => ({
  method: 'GET',
  url: '/',
  host: own,
  origin: undefined,
  cookie: undefined,
  authorization: undefined,
  ...facts,
});
const withCookie = { cookie: `other=1; netwell-session=${token}` };
const withBearer = { authorization: `Bearer ${token}` };

describe('the per-run token', () => {
  it('is 32 random bytes in base64url, new each time', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(token);
  });

  it('matches only itself, whatever the length offered', () => {
    expect(tokenMatches(token, token)).toBe(true);
    for (const wrong of [undefined, '', token.slice(0, -1), `${token}x`, token.toUpperCase()]) {
      expect(tokenMatches(wrong, token), String(wrong)).toBe(false);
    }
    expect(tokenMatches('', '')).toBe(false);
  });

  it('is read from a bearer header or the session cookie', () => {
    expect(parseCookies(' a=1; netwell-session="x y"; a=2;junk; =v')).toEqual(
      new Map([
        ['a', '1'],
        ['netwell-session', 'x y'],
      ]),
    );
    expect(presentedToken(withCookie)).toBe(token);
    expect(presentedToken({ authorization: `bearer ${token}` })).toBe(token);
    expect(presentedToken({ authorization: `Basic ${token}`, cookie: undefined })).toBeUndefined();
  });

  it('travels in an HttpOnly SameSite=Strict cookie', () => {
    expect(sessionCookie(token)).toBe(
      `netwell-session=${token}; HttpOnly; SameSite=Strict; Path=/`,
    );
  });
});

describe('which HTTP request needs what', () => {
  it('trades a right key on the bare page for the cookie, and says so on a wrong one', () => {
    expect(decideHttpAccess(request({ url: `/?token=${token}` }), token, port)).toEqual({
      kind: 'sign-in',
    });
    expect(decideHttpAccess(request({ url: `/index.html?token=${token}` }), token, port)).toEqual({
      kind: 'sign-in',
    });
    expect(decideHttpAccess(request({ url: '/?token=guess' }), token, port)).toEqual({
      kind: 'welcome',
      wrongKey: true,
    });
  });

  it('shows the bare page without a session only as a page saying which address to open', () => {
    for (const url of ['/', '/index.html', '/#/today']) {
      expect(decideHttpAccess(request({ url }), token, port)).toEqual({
        kind: 'welcome',
        wrongKey: false,
      });
    }
    expect(
      decideHttpAccess(request({ cookie: 'netwell-session=earlier-run' }), token, port),
    ).toEqual({ kind: 'welcome', wrongKey: true });
  });

  it('lets everything through with the cookie or the bearer header, nothing without', () => {
    for (const url of ['/', '/assets/index-abc.js', '/__test__/state', '/favicon.ico']) {
      expect(decideHttpAccess(request({ url, ...withCookie }), token, port).kind).toBe('allow');
      expect(decideHttpAccess(request({ url, ...withBearer }), token, port).kind).toBe('allow');
    }
    for (const url of ['/assets/index-abc.js', '/__test__/state', '//evil/', '/%2e%2e/x']) {
      expect(decideHttpAccess(request({ url }), token, port)).toMatchObject({
        kind: 'refuse',
        status: 401,
      });
    }
    const post = request({ method: 'POST', url: '/__test__/clock', cookie: 'netwell-session=x' });
    expect(decideHttpAccess(post, token, port)).toMatchObject({ kind: 'refuse', status: 401 });
  });

  it('refuses other host names (DNS rebinding) and other origins, key or not', () => {
    for (const host of ['evil.example:5718', '127.0.0.1:80', undefined]) {
      expect(decideHttpAccess(request({ host, ...withCookie }), token, port)).toMatchObject({
        kind: 'refuse',
        status: 403,
      });
    }
    expect(
      decideHttpAccess(request({ host: `localhost:${port}`, ...withCookie }), token, port),
    ).toEqual({ kind: 'allow' });
    for (const origin of ['http://127.0.0.1:8080', 'https://evil.example', 'null']) {
      const facts = request({ method: 'POST', url: '/__test__/clock', origin, ...withCookie });
      expect(decideHttpAccess(facts, token, port)).toMatchObject({ kind: 'refuse', status: 403 });
    }
    const same = request({ url: '/assets/a.js', origin: `http://${own}`, ...withCookie });
    expect(decideHttpAccess(same, token, port)).toEqual({ kind: 'allow' });
  });
});

describe('the WebSocket', () => {
  const facts = (more: Partial<RequestFacts>) => {
    const { method: _m, url: _u, ...rest } = request({ origin: `http://${own}`, ...more });
    return rest;
  };
  it('needs our own page and the token', () => {
    expect(decideSocketAccess(facts(withCookie), token, port)).toEqual({ ok: true });
    expect(decideSocketAccess(facts(withBearer), token, port)).toEqual({ ok: true });
    expect(decideSocketAccess(facts({}), token, port)).toMatchObject({ ok: false, status: 401 });
    expect(
      decideSocketAccess(facts({ ...withCookie, origin: 'https://evil.example' }), token, port),
    ).toMatchObject({ ok: false, status: 403 });
    expect(
      decideSocketAccess(facts({ ...withBearer, origin: undefined }), token, port),
    ).toMatchObject({ ok: false, status: 403 });
    expect(
      decideSocketAccess(facts({ ...withCookie, host: 'rebound.example:5718' }), token, port),
    ).toMatchObject({ ok: false, status: 403 });
  });
});
