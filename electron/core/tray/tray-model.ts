import type { TrayIcon, TrayItem, TrayModel } from '../../shared/app-model';
import type { BoundaryStatus } from '../../shared/boundaries';

/** What the tray shows is a pure function of the boundary status. */
export type TrayInput = Pick<
  BoundaryStatus,
  'state' | 'statusLine' | 'mode' | 'access' | 'snoozedUntil' | 'current' | 'startNow'
> & {
  /** Minutes left in the current window or overtime, for the macOS title; null when none. */
  minutesLeft: number | null;
};

export const TRAY_ACTIONS = [
  'open',
  'workspace',
  'start-now',
  'today-off',
  'snooze',
  'today',
  'check-in',
  'settings',
  'quit',
] as const;
export type TrayAction = (typeof TRAY_ACTIONS)[number];

const ICONS: Record<BoundaryStatus['state'], TrayIcon> = {
  off: 'off',
  upcoming: 'upcoming',
  open: 'open',
  closing: 'closing',
  overtime: 'closing',
  paused: 'paused',
};

const separator = (id: string): TrayItem => ({ id, label: '', kind: 'separator', enabled: false });
const action = (id: TrayAction, label: string, enabled = true): TrayItem => ({
  id,
  label,
  kind: 'action',
  enabled,
});

/** What the tray shows before the first status is computed. */
export const initialTrayInput = (mode: BoundaryStatus['mode']): TrayInput => ({
  state: 'off',
  statusLine: 'Starting…',
  mode,
  access: {
    open: false,
    reason: 'outside-window',
    message: '',
    canUnlock: false,
    unlocksLeftToday: 0,
    unlockedUntil: null,
  },
  snoozedUntil: null,
  current: undefined,
  startNow: { shown: mode !== 'strict', enabled: false, label: 'Start a window now', reason: null },
  minutesLeft: null,
});

/** Pure: the tray's icon, tooltip, title and menu. The window header shows the same items. */
export function buildTrayModel(input: TrayInput): TrayModel {
  const inWindow =
    input.state === 'open' || input.state === 'closing' || input.state === 'overtime';
  // A window locked by a budget is not "open": the icon and title must not say so.
  const lockedInWindow =
    inWindow &&
    !input.access.open &&
    (input.access.reason === 'daily-budget' || input.access.reason === 'weekly-budget');
  const items: TrayItem[] = [
    { id: 'status', label: input.statusLine, kind: 'status', enabled: false },
    separator('sep-1'),
    action('open', 'Open Netwell'),
    action('workspace', 'Open workspace', input.access.open),
  ];
  // The core's one rule (start-now-offer): hidden in strict mode, disabled with its reason when a
  // window would not open the workspace (over budget) or one is open already.
  if (input.startNow.shown)
    items.push(action('start-now', input.startNow.label, input.startNow.enabled));
  items.push(
    action('today-off', 'Take the rest of today off', input.state !== 'paused'),
    action('snooze', 'Snooze reminders for 1 hour', input.snoozedUntil === null),
    separator('sep-2'),
    action('today', 'Today'),
    action('check-in', 'Check in'),
    action('settings', 'Settings'),
    separator('sep-3'),
    action('quit', 'Quit Netwell'),
  );
  return {
    icon: lockedInWindow ? 'off' : ICONS[input.state],
    tooltip: `Netwell: ${input.statusLine}`,
    title: input.minutesLeft !== null && !lockedInWindow ? `${input.minutesLeft}m` : '',
    items,
  };
}
