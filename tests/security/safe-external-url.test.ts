/** Exploit-regression table for the one door to shell.openExternal (electron/shared/safe-external-url.ts). */
import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../electron/shared/safe-external-url';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.linkedin.com/in/x',
    'https://www.linkedin.com/in/ana-lima-123/?locale=pt_BR',
    'HTTPS://EXAMPLE.COM/Path',
    'https://example.com:8443/a#b',
    'https://xn--bcher-kva.example/',
    'mailto:a@b.c',
    'mailto:ana@example.com?subject=Hello%20there&body=Line%0Atwo',
    ' https://example.com/ ',
  ])('lets through %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: mixed case', 'JAVASCRIPT:alert(1)'],
    ['javascript: mixed case 2', 'JavaScript:alert(document.cookie)'],
    ['javascript: leading whitespace', '  javascript:alert(1)'],
    ['javascript: leading control character', '\u0001javascript:alert(1)'],
    ['javascript: tab inside the scheme', 'java\tscript:alert(1)'],
    ['javascript: newline inside the scheme', 'java\nscript:alert(1)'],
    ['javascript: entity-encoded', 'jav&#x09;ascript:alert(1)'],
    ['javascript: percent-encoded scheme', '%6Aavascript:alert(1)'],
    ['javascript: url-ish payload', 'javascript://https://example.com/%0aalert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['file: Windows', 'file:///C:/Windows/System32/calc.exe'],
    ['file: UNC', 'file://evil.example/share/payload.exe'],
    ['http:', 'http://example.com/'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['blob:', 'blob:https://example.com/uuid'],
    ['credentials', 'https://user:pass@host.example/'],
    ['username only', 'https://user@host.example/'],
    ['credentials hiding the host', 'https://www.linkedin.com@evil.example/'],
    ['custom protocol', 'netwell://open'],
    ['custom protocol: slack', 'slack://open?team=T1'],
    ['custom protocol: ms-msdt', 'ms-msdt:/id PCWDiagnostic /skip force'],
    ['custom protocol: search-ms', 'search-ms:query=x&crumb=location:\\\\evil\\share'],
    ['smb:', 'smb://evil.example/share'],
    ['ftp:', 'ftp://example.com/file'],
    ['chrome:', 'chrome://settings'],
    ['our own app:', 'app://netwell/index.html'],
    ['about:', 'about:blank'],
    ['scheme-relative', '//evil.example/'],
    ['relative path', '/etc/passwd'],
    ['bare host', 'www.linkedin.com/in/x'],
    ['empty', ''],
    ['only whitespace', '   '],
    ['https without a host', 'https://'],
    ['mailto without an address', 'mailto:'],
    ['mailto header injection', 'mailto:a@b.c\r\nBcc: everyone@example.com'],
  ])('refuses %s: %j', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
