import { describe, expect, it } from 'vitest';
import { platformBreak, sitesOfPlatform } from '../../../electron/core/crm/safety/platform-break';
import { reportPage } from '../../../electron/core/crm/safety/report-pages';
import { ReportLogEntrySchema } from '../../../electron/shared/crm/report-log';
import { SOCIAL_PLATFORMS } from '../../../electron/shared/crm/crm-common';
import { isSafeExternalUrl } from '../../../electron/shared/safe-external-url';
import { TZ, day } from './crm-fixtures';

const DOMAINS = {
  linkedin: 'linkedin.com',
  x: 'x.com',
  mastodon: 'joinmastodon.org',
  meetup: 'meetup.com',
  slack: 'slack.com',
  discord: 'discord.com',
} as const;

describe('report pages', () => {
  it.each(SOCIAL_PLATFORMS)(
    '%s: a well-formed https link on the platform’s own domain',
    (platform) => {
      const page = reportPage(platform);
      const url = new URL(page.url);
      expect(url.protocol).toBe('https:');
      expect(
        url.hostname === DOMAINS[platform] || url.hostname.endsWith(`.${DOMAINS[platform]}`),
      ).toBe(true);
      expect(url.username + url.password).toBe('');
      expect(url.search).toBe('');
      expect(isSafeExternalUrl(page.url)).toBe(true);
      expect(page.howTo.length).toBeGreaterThan(10);
    },
  );

  it("Mastodon: the user's server's page when given, whatever form it is given in", () => {
    for (const instance of [
      'fosstodon.org',
      'https://fosstodon.org/@ana',
      '@ana@fosstodon.org',
      'FOSSTODON.ORG',
    ]) {
      expect(reportPage('mastodon', { instance }).url).toBe('https://fosstodon.org/about');
    }
    expect(reportPage('mastodon', { instance: 'not a host' }).url).toBe(
      'https://docs.joinmastodon.org/user/moderating/',
    );
  });

  it('a report log entry validates', () => {
    const entry = {
      id: 'r1',
      platform: 'linkedin',
      on: '2026-06-01',
      whatHappened: 'Repeated unwanted messages after I said no.',
      reportedOnPlatform: true,
      createdAt: day('2026-06-01'),
    };
    expect(ReportLogEntrySchema.parse(entry)).toMatchObject({ contactId: null, notes: '' });
  });
});

describe('platformBreak', () => {
  const sites = [
    { id: 'li', name: 'LinkedIn', url: 'https://www.linkedin.com/feed/' },
    { id: 'x', name: 'X', url: 'https://x.com/home' },
    { id: 'md', name: 'Mastodon', url: 'https://mastodon.social/home' },
    { id: 'fo', name: 'Fosstodon', url: 'https://fosstodon.org/home' },
  ];
  const now = new Date(day('2026-03-27'));

  it('locks the platform’s sites until the start of a local day, across a DST change', () => {
    expect(platformBreak('linkedin', sites, 7, now, TZ)).toEqual({
      siteIds: ['li'],
      until: '2026-04-02T23:00:00.000Z', // midnight BST, 3 April
    });
    expect(platformBreak('x', sites, 1, now, TZ).until).toBe('2026-03-28T00:00:00.000Z'); // GMT
  });

  it('Mastodon: the given servers, else sites named mastodon.*', () => {
    expect(sitesOfPlatform('mastodon', sites).map((s) => s.id)).toEqual(['md']);
    expect(sitesOfPlatform('mastodon', sites, ['fosstodon.org']).map((s) => s.id)).toEqual(['fo']);
  });

  it('refuses a platform without sites, or an odd length', () => {
    expect(() => platformBreak('discord', sites, 7, now, TZ)).toThrow(
      'None of your workspace sites',
    );
    expect(() => platformBreak('x', sites, 0, now, TZ)).toThrow(
      'A break lasts from 1 to 365 days.',
    );
  });
});
