import type { SocialPlatform } from '../../../../electron/shared/crm/crm-common';
import { SOCIAL_PLATFORMS } from '../../../../electron/shared/crm/crm-common';

export type ReportPlatform = SocialPlatform | 'other';

export const REPORT_PLATFORM_LABELS: Record<ReportPlatform, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  mastodon: 'Mastodon',
  meetup: 'Meetup',
  slack: 'Slack',
  discord: 'Discord',
  other: 'Somewhere else',
};
export const REPORT_PLATFORMS: readonly ReportPlatform[] = [...SOCIAL_PLATFORMS, 'other'];
export const BREAK_PLATFORMS: readonly SocialPlatform[] = SOCIAL_PLATFORMS;
export const BREAK_DAYS = [1, 3, 7, 14, 30] as const;
