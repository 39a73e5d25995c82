import { describe, expect, it } from 'vitest';
import {
  browserUserAgent,
  isSameSite,
  isWebUrl,
  popupAction,
  registrableDomain,
  sitePartition,
} from '../../electron/main/workspace/site-policy';

describe('sitePartition', () => {
  it.each([
    ['linkedin', 'persist:site-linkedin'],
    ['site-1', 'persist:site-site-1'],
    ['3f2b9c1e-7d7a-4c1e-9a53-0c5d0e7f4a11', 'persist:site-3f2b9c1e-7d7a-4c1e-9a53-0c5d0e7f4a11'],
  ])('keeps a plain id readable: %s', (id, partition) => {
    expect(sitePartition(id)).toBe(partition);
  });

  it.each(['LinkedIn', '../../etc', 'a/b', 'a b', 'x.com', '-leading', '%2e%2e', 'ü'])(
    'digests any other id into a safe, persistent name: %j',
    (id) => {
      expect(sitePartition(id)).toMatch(/^persist:site-x[0-9a-f]{32}$/);
    },
  );

  it('never gives two sites one partition (Electron lower-cases partition names)', () => {
    const ids = ['linkedin', 'LinkedIn', 'LINKEDIN', 'a/b', 'a_b', 'a-b'];
    const partitions = ids.map(sitePartition);
    expect(new Set(partitions.map((p) => p.toLowerCase())).size).toBe(ids.length);
  });
});

describe('registrableDomain', () => {
  it.each([
    ['www.linkedin.com', 'linkedin.com'],
    ['uk.linkedin.com', 'linkedin.com'],
    ['linkedin.com', 'linkedin.com'],
    ['WWW.LinkedIn.COM.', 'linkedin.com'],
    ['news.ycombinator.com', 'ycombinator.com'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['abc.net.au', 'abc.net.au'],
    ['g1.globo.com.br', 'globo.com.br'],
    ['mastodon.social', 'mastodon.social'],
    ['a.b.example.de', 'example.de'],
    ['localhost', 'localhost'],
    ['192.168.1.10', '192.168.1.10'],
    ['[::1]', '[::1]'],
  ])('%s -> %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });
});

describe('isWebUrl (where a site view may navigate)', () => {
  it.each([
    ['https://www.linkedin.com/feed/', true],
    ['http://example.com/', true],
    ['https://user:pass@example.com/', false],
    ['file:///etc/passwd', false],
    ['app://netwell/index.html', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>1</script>', false],
    ['mailto:ana@example.com', false],
    ['chrome://settings', false],
    ['about:blank', false],
    ['not a url', false],
  ])('%s -> %s', (url, expected) => {
    expect(isWebUrl(url)).toBe(expected);
  });
});

describe('popups from a site', () => {
  const site = 'https://www.linkedin.com/feed/';
  it.each([
    ['https://www.linkedin.com/messaging/', 'stay'],
    ['https://linkedin.com/in/ana', 'stay'],
    ['https://uk.linkedin.com/jobs', 'stay'],
    ['http://www.linkedin.com/', 'stay'],
    ['https://linkedin.com.evil.example/', 'outside'],
    ['https://evil-linkedin.com/', 'outside'],
    ['https://lnkd.in/abc', 'outside'],
    ['https://accounts.google.com/o/oauth2', 'outside'],
    ['https://user:pass@www.linkedin.com/', 'outside'],
    ['mailto:ana@example.com', 'outside'],
    ['file:///etc/passwd', 'outside'],
    ['javascript:alert(1)', 'outside'],
    ['about:blank', 'outside'],
    ['', 'outside'],
  ] as const)('%s -> %s', (url, action) => {
    expect(popupAction(url, site)).toBe(action);
  });

  it('compares registrable domains of both sides', () => {
    expect(isSameSite('https://www.bbc.co.uk/news', 'https://bbc.co.uk/')).toBe(true);
    expect(isSameSite('https://other.co.uk/', 'https://bbc.co.uk/')).toBe(false);
    expect(isSameSite('https://x.com/', 'not a url')).toBe(false);
  });
});

describe('browserUserAgent', () => {
  it('drops the Electron and app tokens and nothing else', () => {
    expect(
      browserUserAgent(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Netwell/0.1.0 Chrome/140.0.7339.41 Electron/45.5.0 Safari/537.36',
      ),
    ).toBe(
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.7339.41 Safari/537.36',
    );
  });

  it('leaves a plain browser agent as it is', () => {
    const chrome =
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
    expect(browserUserAgent(chrome)).toBe(chrome);
  });
});
