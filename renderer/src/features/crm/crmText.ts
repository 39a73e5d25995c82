/** The CRM's words: how kinds, directions, channels, platforms and cadences read on screen. */
import type { Cadence, KeepInTouch } from '../../../../electron/shared/crm/contact-crm-fields';
import type { Platform } from '../../../../electron/shared/crm/crm-common';
import { PLATFORMS } from '../../../../electron/shared/crm/crm-common';
import type { StrengthLevel } from '../../../../electron/shared/crm/crm-views';
import type {
  Channel,
  Direction,
  InteractionKind,
} from '../../../../electron/shared/crm/interaction';
import { dayLabel } from '../../lib/time';

export const KIND_LABELS: Record<InteractionKind, string> = {
  message: 'Message',
  call: 'Call',
  meeting: 'Meeting',
  event: 'Event',
  introduction: 'Introduction',
  favour: 'Favour',
};
export const KINDS = Object.keys(KIND_LABELS) as InteractionKind[];

export const DIRECTION_LABELS: Record<Direction, string> = {
  inbound: 'They reached out',
  outbound: 'You reached out',
};

export const PLATFORM_LABELS: Record<Platform, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  mastodon: 'Mastodon',
  meetup: 'Meetup',
  slack: 'Slack',
  discord: 'Discord',
  email: 'Email',
  phone: 'Phone',
  messaging: 'Messaging',
  video: 'Video call',
  other: 'Other',
};
export const PLATFORM_LIST: readonly Platform[] = PLATFORMS;

export const CHANNEL_LABELS: Record<Channel, string> = {
  'in-person': 'In person',
  ...PLATFORM_LABELS,
};
export const CHANNELS = Object.keys(CHANNEL_LABELS) as Channel[];

export const STRENGTH_LABELS: Record<StrengthLevel, string> = {
  strong: 'Strong',
  steady: 'Steady',
  fading: 'Fading',
  new: 'New',
};

export const UNIT_LABELS: Record<Cadence['unit'], string> = {
  days: 'days',
  weeks: 'weeks',
  months: 'months',
};

/** "Every 2 weeks", "Every month". */
export function cadenceText(cadence: Cadence): string {
  const unit = cadence.unit.slice(0, -1);
  return cadence.every === 1 ? `Every ${unit}` : `Every ${cadence.every} ${cadence.unit}`;
}

export function keepInTouchText(value: KeepInTouch): string {
  if (value === null) return 'Use tag settings';
  if (value === 'none') return 'Never remind me';
  return cadenceText(value);
}

/** "Every 6 weeks" from the host's "every 6 weeks". */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "12 Jan 2027" for a local day "2027-01-12". */
export function shortDay(date: string): string {
  const label = dayLabel(date).replace(/^\w+ /, '');
  return `${label} ${date.slice(0, 4)}`;
}

const instantFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "2 Dec 2026, 10:00" in the computer's zone. */
export function instantText(iso: string): string {
  return instantFormat.format(new Date(iso));
}

/** "2026-12-02" today on this computer. */
export function todayLocal(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
