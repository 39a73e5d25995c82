import { describe, expect, it } from 'vitest';
import { checkServerUrl, sameOrigin } from '../../../electron/core/sync/dav/server-url';

/** What the user types as a server, as the URL sync starts from (https unless it is this machine). */
describe('checkServerUrl', () => {
  const ok = (typed: string) => {
    const checked = checkServerUrl(typed);
    if (!checked.ok) throw new Error(`refused ${typed}: ${checked.message}`);
    return checked.url;
  };
  const refused = (typed: string) => {
    const checked = checkServerUrl(typed);
    if (checked.ok) throw new Error(`accepted ${typed} as ${checked.url}`);
    return checked.message;
  };

  it('gives a bare domain https and a trailing slash', () => {
    expect(ok('nextcloud.example.org')).toBe('https://nextcloud.example.org/');
    expect(ok('  dav.example.org/remote.php/dav  ')).toBe(
      'https://dav.example.org/remote.php/dav/',
    );
    expect(ok('https://dav.fastmail.com/dav/')).toBe('https://dav.fastmail.com/dav/');
    expect(ok('HTTPS://Dav.Example.org:8443/x')).toBe('https://dav.example.org:8443/x/');
  });

  it('refuses plain http except on this machine', () => {
    expect(refused('http://dav.example.org/')).toMatch(/https/);
    expect(refused('http://192.168.1.10:5232/')).toMatch(/encrypted connection/);
    expect(ok('http://localhost:5232')).toBe('http://localhost:5232/');
    expect(ok('http://127.0.0.1:5232/')).toBe('http://127.0.0.1:5232/');
    expect(ok('http://[::1]:5232/dav')).toBe('http://[::1]:5232/dav/');
    // A name that only starts like a local one is not local.
    refused('http://localhost.example.org/');
    refused('http://127.0.0.1.nip.io/');
  });

  it('refuses a user name or password inside the URL', () => {
    expect(refused('https://ana:secret@dav.example.org/')).toMatch(/own fields/);
    expect(refused('https://ana@dav.example.org/')).toMatch(/own fields/);
    expect(refused('http://ana:secret@localhost:5232/')).toMatch(/own fields/);
  });

  it('drops a query and a fragment', () => {
    expect(ok('https://dav.example.org/dav?user=ana#top')).toBe('https://dav.example.org/dav/');
    expect(ok('dav.example.org/?x=1')).toBe('https://dav.example.org/');
  });

  it('refuses garbage and other schemes with a sentence', () => {
    for (const typed of ['', '   ', 'http://', 'https://exa mple.org', 'https://[::1', '::::']) {
      expect(refused(typed)).toMatch(/^[A-Z].*\.\)?$/);
    }
    expect(refused('ftp://dav.example.org/')).toMatch(/https:\/\//);
    expect(refused('file:///etc/passwd')).toMatch(/https:\/\//);
  });
});

describe('sameOrigin', () => {
  it('follows only the same scheme, host and port', () => {
    expect(sameOrigin('https://dav.example.org/a/', 'https://dav.example.org/b/c.vcf')).toBe(true);
    expect(sameOrigin('https://dav.example.org/', 'https://DAV.example.org:443/x')).toBe(true);
    expect(sameOrigin('https://dav.example.org/', 'http://dav.example.org/')).toBe(false);
    expect(sameOrigin('https://dav.example.org/', 'https://dav.example.org:8443/')).toBe(false);
    expect(sameOrigin('https://dav.example.org/', 'https://evil.example.org/')).toBe(false);
    expect(sameOrigin('https://dav.example.org/', 'https://dav.example.org.evil.org/')).toBe(false);
  });

  it('says no, without a throw, when either is not a URL', () => {
    expect(sameOrigin('/relative/path', 'https://dav.example.org/')).toBe(false);
    expect(sameOrigin('https://dav.example.org/', 'not a url')).toBe(false);
  });
});
