import type { WorkspaceSite } from '../../../shared/boundaries';
import type { SocialPlatform } from '../../../shared/crm/crm-common';
import { UserError } from '../../errors';
import { dayOf, startOfDay } from '../local-days';

const HOSTS: Record<Exclude<SocialPlatform, 'mastodon'>, readonly string[]> = {
  linkedin: ['linkedin.com'],
  x: ['x.com', 'twitter.com'],
  meetup: ['meetup.com'],
  slack: ['slack.com'],
  discord: ['discord.com', 'discord.gg'],
};

const hostOf = (url: string): string | null => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
};

const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** The workspace sites that belong to a platform (Mastodon: sites on the given server(s)). */
export function sitesOfPlatform(
  platform: SocialPlatform,
  sites: readonly WorkspaceSite[],
  mastodonHosts: readonly string[] = [],
): WorkspaceSite[] {
  const domains =
    platform === 'mastodon' ? mastodonHosts.map((h) => h.toLowerCase()) : HOSTS[platform];
  return sites.filter((s) => {
    const host = hostOf(s.url);
    if (!host) return false;
    if (platform === 'mastodon' && domains.length === 0) return /(^|\.)mastodon\./.test(host);
    return domains.some((d) => onDomain(host, d));
  });
}

export interface PlatformLock {
  siteIds: string[];
  /** The lock lasts until the start of this local day. */
  until: string;
}

/**
 * "Take a break from this platform": the workspace lock input, the platform's sites locked until
 * the start of the local day `days` days from today (a break ends at a day's start, not at an odd
 * hour).
 */
export function platformBreak(
  platform: SocialPlatform,
  sites: readonly WorkspaceSite[],
  days: number,
  now: Date,
  tz: string,
  mastodonHosts: readonly string[] = [],
): PlatformLock {
  if (!Number.isInteger(days) || days < 1 || days > 365) {
    throw new UserError('invalid_input', 'A break lasts from 1 to 365 days.');
  }
  const matched = sitesOfPlatform(platform, sites, mastodonHosts);
  if (matched.length === 0) {
    throw new UserError('not_found', 'None of your workspace sites belongs to this platform.');
  }
  return {
    siteIds: matched.map((s) => s.id),
    until: startOfDay(dayOf(now, tz) + days, tz).toISOString(),
  };
}
