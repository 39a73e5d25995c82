import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storableUrl } from '../../../electron/core/interchange/profile-url';
import { ProfileLinkSchema } from '../../../electron/shared/contact';

const accepted = (url: string) => ProfileLinkSchema.safeParse(url).success;

describe('storableUrl', () => {
  it('keeps plain https links as they are', () => {
    expect(storableUrl('https://www.linkedin.com/in/ada-l')).toBe(
      'https://www.linkedin.com/in/ada-l',
    );
    expect(storableUrl('example.org/me')).toBe('https://example.org/me');
    expect(storableUrl('http://example.org')).toBe('https://example.org');
  });

  // Found by the importer fuzzer: a LinkedIn URL cut short at "https://www.22" passed the quick
  // check, then failed the schema (a numeric last label makes the host an IPv4 address).
  it.each(['https://www.22', 'https://www.0x1'])(
    'refuses %s, which is not a valid address',
    (url) => {
      expect(storableUrl(url)).toBeNull();
      expect(accepted(url)).toBe(false);
    },
  );

  // Punycode labels must decode; whether they do is the URL parser's word, so they are parsed.
  it.each(['https://xn--.com', 'https://a.xn--zz', 'https://xn--nxasmq6b.com'])(
    'keeps %s exactly when the schema would',
    (url) => {
      expect(storableUrl(url) !== null).toBe(accepted(url));
    },
  );

  it('answers only links the contact schema accepts', () => {
    const label = fc.stringMatching(/^(?:xn--)?[a-z0-9-]{0,6}$/);
    const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
    const input = fc.tuple(
      fc.constantFrom('', 'https://', 'http://', 'HTTPS://', 'ftp://'),
      host,
      fc.constantFrom('', '/', '/in/a-b', '/x?y=1', '/%zz'),
    );
    fc.assert(
      fc.property(input, ([scheme, name, path]) => {
        const stored = storableUrl(`${scheme}${name}${path}`);
        if (stored !== null) expect(accepted(stored)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
