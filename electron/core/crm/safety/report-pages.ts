import type { SocialPlatform } from '../../../shared/crm/crm-common';

export interface ReportPage {
  /** The platform's own help page on reporting someone (https). */
  url: string;
  /** One line on how reporting works there. */
  howTo: string;
}

/**
 * Where to report unwanted attention on the big platforms. Reporting itself happens on the
 * platform (usually the "…" menu on the profile or message); these pages explain it and, where a
 * form exists, link it. Mastodon has no central page: each server (instance) has its own
 * moderators, so a report goes from the post or profile to your server's moderators (who may
 * forward it to the other person's server); the page here is the project's documentation, and
 * `instance` gives the server's own rules page.
 */
const PAGES: Record<Exclude<SocialPlatform, 'mastodon'>, ReportPage> = {
  linkedin: {
    url: 'https://www.linkedin.com/help/linkedin/answer/37822',
    howTo: 'On their profile or the message: More (…) → Report.',
  },
  x: {
    url: 'https://help.x.com/en/safety-and-security/report-abusive-behavior',
    howTo: 'On their post or profile: More (…) → Report.',
  },
  meetup: {
    url: 'https://help.meetup.com/hc/en-us/articles/360001673551',
    howTo:
      "On their profile or the message: Report (… in the app). The group's organisers can also remove them.",
  },
  slack: {
    url: 'https://slack.com/help/articles/22130526790291-Report-workspace-content-to-Slack',
    howTo:
      "Tell the workspace's owners or admins first (they moderate it); illegal content can also be reported to Slack from the message's … menu.",
  },
  discord: {
    url: 'https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord',
    howTo:
      "Right-click (or hold) the message → Report Message; the server's moderators can act too.",
  },
};

const MASTODON_DOCS = 'https://docs.joinmastodon.org/user/moderating/';

/** A server name ("mastodon.social", "https://fosstodon.org/@ana") → its host, or null. */
function instanceHost(instance: string): string | null {
  const text = instance.trim().replace(/^@?[^@\s/]+@/, '');
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    if (url.username || url.password || !url.hostname.includes('.')) return null;
    return url.hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function reportPage(
  platform: SocialPlatform,
  options: { instance?: string } = {},
): ReportPage {
  if (platform !== 'mastodon') return PAGES[platform];
  const host = options.instance ? instanceHost(options.instance) : null;
  return host
    ? {
        url: `https://${host}/about`,
        howTo: `On the post or profile: … → Report. It goes to the moderators of ${host} (their rules are on this page) and can be forwarded to the other person's server.`,
      }
    : {
        url: MASTODON_DOCS,
        howTo:
          "On the post or profile: … → Report. It goes to your server's moderators, who can forward it to the other person's server.",
      };
}
