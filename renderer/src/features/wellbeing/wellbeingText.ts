import type { Session } from '../../../../electron/shared/wellbeing';

const KIND_TEXT: Record<Session['kind'], string> = {
  window: 'Networking window',
  extra: 'Extra window',
  now: 'Window started on the spot',
  unlock: 'Unlock',
};

const time = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso));

/** "Networking window, Mon 12:00–12:45: 30 active minutes." */
export function sessionText(session: Session, timeZone: string): string {
  const label = session.label ? ` (${session.label})` : '';
  const minutes = Math.round(session.activeMin);
  return `${KIND_TEXT[session.kind]}${label}, ${time(session.start, timeZone)}–${time(session.end, timeZone).slice(4)}: ${minutes} active ${minutes === 1 ? 'minute' : 'minutes'} in the workspace.`;
}
