import { describe, expect, it } from 'vitest';
import { ExternalLinks } from '../../../electron/core/external-links';

describe('ExternalLinks', () => {
  it('opens https:// pages and mailto: links, and refuses anything else in words', async () => {
    const opened: string[] = [];
    const links = new ExternalLinks({ openExternal: async (url) => void opened.push(url) });
    await links.open('https://example.com/a');
    await links.open('mailto:ana@example.com');
    await expect(links.open('file:///etc/passwd')).rejects.toThrow(
      'Netwell only opens https:// web pages and mailto: links.',
    );
    expect(opened).toEqual(['https://example.com/a', 'mailto:ana@example.com']);
  });
});
